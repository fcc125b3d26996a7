package kr.cjournal.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.cjournal.core.Databases;

/**
 * The directory's side of an archive import: the people and organisations an imported story
 * names are matched by name or alias (the oldest entry when several share it: the desk sorts
 * out 동명이인 later, as for any story) or created with the name alone, many at a time. One
 * {@link DirectoryChanged} naming the new entries follows a call that created any, so the mention
 * matcher takes them in without reading the whole directory again.
 */
@Component
public class DirectoryImport {

	/** Longest name the directory keeps (people.name). */
	public static final int PERSON_NAME_MAX = 40;

	public static final int ORGANIZATION_NAME_MAX = 100;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ApplicationEventPublisher events;

	private final boolean postgres;

	DirectoryImport(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events, DataSource dataSource) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.events = events;
		this.postgres = Databases.isPostgres(dataSource);
	}

	/** Has PostgreSQL look at the directory's tables an import fills, as the newsroom's do (see ArchiveImport). */
	public void refreshStatistics() {
		if (postgres) {
			jdbc.sql("analyze people, organizations, person_aliases, organization_aliases, mentions, mention_reviews").update();
		}
	}

	/** Whether a name can be an entry's: not blank, not too long, no control characters or markup. */
	public static boolean acceptable(String name, int max) {
		return name != null && !name.isBlank() && name.strip().length() <= max
				&& name.codePoints().noneMatch(c -> Character.isISOControl(c) || c == '<' || c == '>');
	}

	/** The person each name is (made when nobody has it); names that are not {@link #acceptable} are left out. */
	@Transactional
	public Map<String, Long> people(Collection<String> names) {
		return entries(DirectoryTables.PEOPLE, names, PERSON_NAME_MAX);
	}

	/** The organisation each name is (made, as a company, when none has it). */
	@Transactional
	public Map<String, Long> organizations(Collection<String> names) {
		return entries(DirectoryTables.ORGANIZATIONS, names, ORGANIZATION_NAME_MAX);
	}

	/** Whether a person of that id is in the directory (an imported story's link to one of our pages). */
	public Optional<Long> existingPerson(long id) {
		return jdbc.sql("select id from people where id = ?").params(id).query(Long.class).optional();
	}

	public Optional<Long> existingOrganization(long id) {
		return jdbc.sql("select id from organizations where id = ?").params(id).query(Long.class).optional();
	}

	private Map<String, Long> entries(DirectoryTables side, Collection<String> names, int max) {
		Set<String> wanted = new LinkedHashSet<>();
		for (String name : names) {
			if (acceptable(name, max)) {
				wanted.add(name.strip());
			}
		}
		Map<String, Long> found = new HashMap<>();
		if (wanted.isEmpty()) {
			return found;
		}
		String table = side == DirectoryTables.PEOPLE ? "people" : "organizations";
		jdbc.sql("select name, min(id) from " + table + " where name in (:names) group by name")
			.param("names", wanted)
			.query(rs -> {
				found.put(rs.getString(1), rs.getLong(2));
			});
		List<String> unnamed = wanted.stream().filter(name -> !found.containsKey(name)).toList();
		if (!unnamed.isEmpty()) {
			jdbc.sql("select alias, min(" + side.idColumn + ") from " + side.aliasTable
					+ " where alias in (:names) group by alias")
				.param("names", unnamed)
				.query(rs -> {
					found.put(rs.getString(1), rs.getLong(2));
				});
		}
		List<String> missing = wanted.stream().filter(name -> !found.containsKey(name)).toList();
		if (!missing.isEmpty()) {
			if (side == DirectoryTables.PEOPLE) {
				batch.batchUpdate("insert into people (name) values (?)", missing.stream().map(n -> new Object[] { n }).toList());
			}
			else {
				batch.batchUpdate("insert into organizations (name, kind) values (?, ?)",
						missing.stream().map(n -> new Object[] { n, OrganizationKind.COMPANY.name() }).toList());
			}
			NamedEntity.Kind kind = side == DirectoryTables.PEOPLE ? NamedEntity.Kind.PERSON : NamedEntity.Kind.ORGANIZATION;
			List<NamedEntity> added = new ArrayList<>(missing.size());
			jdbc.sql("select name, min(id) from " + table + " where name in (:names) group by name")
				.param("names", missing)
				.query(rs -> {
					found.put(rs.getString(1), rs.getLong(2));
					added.add(new NamedEntity(kind, rs.getLong(2), rs.getString(1), List.of(), List.of(), List.of()));
				});
			events.publishEvent(new DirectoryChanged(added));
		}
		return found;
	}
}
