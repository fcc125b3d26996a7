package kr.cjournal.people;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate person or organisation into the one that stays (the survivor), in one
 * transaction: positions, aliases, mentions and open 동명이인 reviews move over, the duplicate's
 * name becomes an alias, gaps in the survivor's details are filled from the duplicate, the
 * duplicate is removed and its old address is remembered so that links to it keep working.
 */
@Component
public class DirectoryMerges {

	private final JdbcClient jdbc;

	private final Directory directory;

	DirectoryMerges(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Transactional
	public void mergePeople(long duplicateId, long survivorId, String mergedBy) {
		Person duplicate = directory.person(duplicateId).orElseThrow(() -> new IllegalArgumentException("no duplicate"));
		Person survivor = directory.person(survivorId).orElseThrow(() -> new IllegalArgumentException("no survivor"));
		if (duplicateId == survivorId) {
			throw new IllegalArgumentException("same person");
		}
		DirectoryTables side = DirectoryTables.PEOPLE;
		movePositionsAndMentions(side, duplicateId, survivorId);
		moveAliases(side, duplicate, survivor);
		jdbc.sql("""
				update people set hanja = coalesce(hanja, ?), english_name = coalesce(english_name, ?),
				       birth_year = coalesce(birth_year, ?), profile = coalesce(profile, ?) where id = ?""")
			.params(duplicate.hanja(), duplicate.englishName(), duplicate.birthYear(), duplicate.profile(), survivorId)
			.update();
		moveReviewCandidates(duplicateId, survivorId);
		removeDuplicate(side, duplicateId, survivorId, mergedBy);
	}

	@Transactional
	public void mergeOrganizations(long duplicateId, long survivorId, String mergedBy) {
		Organization duplicate = directory.organization(duplicateId)
			.orElseThrow(() -> new IllegalArgumentException("no duplicate"));
		Organization survivor = directory.organization(survivorId)
			.orElseThrow(() -> new IllegalArgumentException("no survivor"));
		if (duplicateId == survivorId) {
			throw new IllegalArgumentException("same organisation");
		}
		DirectoryTables side = DirectoryTables.ORGANIZATIONS;
		movePositionsAndMentions(side, duplicateId, survivorId);
		// The survivor may sit under the duplicate: it takes the duplicate's place rather than loop.
		if (survivor.parentId() != null && survivor.parentId() == duplicateId) {
			jdbc.sql("update organizations set parent_id = ? where id = ?")
				.params(duplicate.parentId(), survivorId)
				.update();
		}
		jdbc.sql("update organizations set parent_id = ? where parent_id = ?").params(survivorId, duplicateId).update();
		moveAliases(side, duplicate, survivor);
		jdbc.sql("""
				update organizations set english_name = coalesce(english_name, ?), description = coalesce(description, ?)
				where id = ?""")
			.params(duplicate.englishName(), duplicate.description(), survivorId)
			.update();
		if (survivor.listing() == null && duplicate.listing() != null) {
			directory.setListing(survivorId, duplicate.listing());
		}
		removeDuplicate(side, duplicateId, survivorId, mergedBy);
	}

	/** The duplicate's titles and mentions go to the survivor; a title both hold (typed twice) is kept once. */
	private void movePositionsAndMentions(DirectoryTables side, long duplicateId, long survivorId) {
		String id = side.idColumn;
		String other = side.otherColumn;
		jdbc.sql("delete from positions d where d." + id + " = ? and exists (select 1 from positions s"
				+ " where s." + id + " = ? and s." + other + " = d." + other + " and s.title = d.title"
				+ " and (s.ended_on = d.ended_on or (s.ended_on is null and d.ended_on is null)))")
			.params(duplicateId, survivorId)
			.update();
		jdbc.sql("update positions set " + id + " = ? where " + id + " = ?").params(survivorId, duplicateId).update();
		jdbc.sql("update mentions set " + id + " = ? where " + id + " = ?").params(survivorId, duplicateId).update();
	}

	/** The duplicate's name and aliases become the survivor's aliases, each once. */
	private void moveAliases(DirectoryTables side, DirectoryEntry duplicate, DirectoryEntry survivor) {
		Set<String> aliases = new LinkedHashSet<>(directory.aliasesOf(side, duplicate.id()));
		aliases.add(duplicate.name());
		aliases.removeAll(directory.aliasesOf(side, survivor.id()));
		aliases.remove(survivor.name());
		String insert = "insert into " + side.aliasTable + " (" + side.idColumn + ", alias) values (?, ?)";
		aliases.forEach(alias -> jdbc.sql(insert).params(survivor.id(), alias).update());
	}

	/** The duplicate goes; its address, and those merged into it before, now lead to the survivor. */
	private void removeDuplicate(DirectoryTables side, long duplicateId, long survivorId, String mergedBy) {
		jdbc.sql("update " + side.mergeTable + " set into_id = ? where into_id = ?")
			.params(survivorId, duplicateId)
			.update();
		jdbc.sql("insert into " + side.mergeTable + " (from_id, into_id, merged_by) values (?, ?, ?)")
			.params(duplicateId, survivorId, mergedBy)
			.update();
		jdbc.sql("delete from " + side.table + " where id = ?").params(duplicateId).update();
		directory.changed();
	}

	/** Open reviews that offered the duplicate now offer the survivor (once). */
	private void moveReviewCandidates(long duplicateId, long survivorId) {
		String duplicate = Long.toString(duplicateId);
		Map<Long, String> open = new LinkedHashMap<>();
		jdbc.sql("select id, candidate_ids from mention_reviews where resolved_at is null")
			.query(rs -> {
				open.put(rs.getLong("id"), rs.getString("candidate_ids"));
			});
		open.forEach((id, ids) -> {
			List<String> candidates = Arrays.stream(ids.split(","))
				.map(String::strip)
				.map(candidate -> candidate.equals(duplicate) ? Long.toString(survivorId) : candidate)
				.distinct()
				.toList();
			if (!String.join(",", candidates).equals(ids)) {
				jdbc.sql("update mention_reviews set candidate_ids = ? where id = ?")
					.params(String.join(",", candidates), id)
					.update();
			}
		});
	}
}
