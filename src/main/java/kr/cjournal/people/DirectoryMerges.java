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
		// A title both records hold (the same one typed twice) is kept once.
		jdbc.sql("""
				delete from positions d where d.person_id = ? and exists (select 1 from positions s
				  where s.person_id = ? and s.organization_id = d.organization_id and s.title = d.title
				    and (s.ended_on = d.ended_on or (s.ended_on is null and d.ended_on is null)))""")
			.params(duplicateId, survivorId)
			.update();
		jdbc.sql("update positions set person_id = ? where person_id = ?").params(survivorId, duplicateId).update();
		jdbc.sql("update mentions set person_id = ? where person_id = ?").params(survivorId, duplicateId).update();
		Set<String> aliases = new LinkedHashSet<>(directory.aliasesOfPerson(duplicateId));
		aliases.add(duplicate.name());
		aliases.removeAll(directory.aliasesOfPerson(survivorId));
		aliases.remove(survivor.name());
		aliases.forEach(alias -> jdbc.sql("insert into person_aliases (person_id, alias) values (?, ?)")
			.params(survivorId, alias)
			.update());
		jdbc.sql("""
				update people set hanja = coalesce(hanja, ?), english_name = coalesce(english_name, ?),
				       birth_year = coalesce(birth_year, ?), profile = coalesce(profile, ?) where id = ?""")
			.params(duplicate.hanja(), duplicate.englishName(), duplicate.birthYear(), duplicate.profile(), survivorId)
			.update();
		moveReviewCandidates(duplicateId, survivorId);
		jdbc.sql("update person_merges set into_id = ? where into_id = ?").params(survivorId, duplicateId).update();
		jdbc.sql("insert into person_merges (from_id, into_id, merged_by) values (?, ?, ?)")
			.params(duplicateId, survivorId, mergedBy)
			.update();
		jdbc.sql("delete from people where id = ?").params(duplicateId).update();
		directory.changed();
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
		jdbc.sql("""
				delete from positions d where d.organization_id = ? and exists (select 1 from positions s
				  where s.organization_id = ? and s.person_id = d.person_id and s.title = d.title
				    and (s.ended_on = d.ended_on or (s.ended_on is null and d.ended_on is null)))""")
			.params(duplicateId, survivorId)
			.update();
		jdbc.sql("update positions set organization_id = ? where organization_id = ?")
			.params(survivorId, duplicateId)
			.update();
		jdbc.sql("update mentions set organization_id = ? where organization_id = ?")
			.params(survivorId, duplicateId)
			.update();
		// The survivor may sit under the duplicate: it takes the duplicate's place rather than loop.
		if (survivor.parentId() != null && survivor.parentId() == duplicateId) {
			jdbc.sql("update organizations set parent_id = ? where id = ?")
				.params(duplicate.parentId(), survivorId)
				.update();
		}
		jdbc.sql("update organizations set parent_id = ? where parent_id = ?").params(survivorId, duplicateId).update();
		Set<String> aliases = new LinkedHashSet<>(directory.aliasesOfOrganization(duplicateId));
		aliases.add(duplicate.name());
		aliases.removeAll(directory.aliasesOfOrganization(survivorId));
		aliases.remove(survivor.name());
		aliases.forEach(alias -> jdbc.sql("insert into organization_aliases (organization_id, alias) values (?, ?)")
			.params(survivorId, alias)
			.update());
		jdbc.sql("""
				update organizations set english_name = coalesce(english_name, ?), description = coalesce(description, ?)
				where id = ?""")
			.params(duplicate.englishName(), duplicate.description(), survivorId)
			.update();
		jdbc.sql("update organization_merges set into_id = ? where into_id = ?").params(survivorId, duplicateId).update();
		jdbc.sql("insert into organization_merges (from_id, into_id, merged_by) values (?, ?, ?)")
			.params(duplicateId, survivorId, mergedBy)
			.update();
		jdbc.sql("delete from organizations where id = ?").params(duplicateId).update();
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
