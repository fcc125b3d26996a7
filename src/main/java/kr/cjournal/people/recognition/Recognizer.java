package kr.cjournal.people.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.cjournal.people.DirectoryChanged;
import kr.cjournal.people.recognition.KnownDirectory.KnownPerson;

/**
 * Recognises the people and organisations a draft names, for the editor's suggestions. The
 * patterns find new names; the directory (held in memory, reloaded after each change) fills in
 * who is already known.
 */
@Component
public class Recognizer {

	private final JdbcClient jdbc;

	private volatile KnownDirectory known;

	Recognizer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Recognition recognize(String text) {
		return StoryReader.read(text, known());
	}

	/** Forgets the loaded directory once a change commits; the next recognition reloads it. */
	@TransactionalEventListener(fallbackExecution = true)
	void reload(DirectoryChanged changed) {
		known = null;
	}

	private KnownDirectory known() {
		KnownDirectory current = known;
		if (current == null) {
			current = load();
			known = current;
		}
		return current;
	}

	private KnownDirectory load() {
		Map<String, Long> organizations = new HashMap<>();
		Map<Long, Set<String>> namesOfOrganization = new HashMap<>();
		jdbc.sql("""
				select o.id, o.name as name from organizations o
				union all select a.organization_id, a.alias from organization_aliases a""")
			.query(rs -> {
				organizations.putIfAbsent(rs.getString("name"), rs.getLong("id"));
				namesOfOrganization.computeIfAbsent(rs.getLong("id"), id -> new HashSet<>()).add(rs.getString("name"));
			});
		Map<Long, Set<String>> organizationsOf = new HashMap<>();
		Map<Long, Set<String>> titlesOf = new HashMap<>();
		jdbc.sql("select person_id, organization_id, title from positions").query(rs -> {
			long person = rs.getLong("person_id");
			long organization = rs.getLong("organization_id");
			Set<String> names = organizationsOf.computeIfAbsent(person, id -> new HashSet<>());
			names.add("#" + organization);
			names.addAll(namesOfOrganization.getOrDefault(organization, Set.of()));
			titlesOf.computeIfAbsent(person, id -> new HashSet<>()).add(rs.getString("title"));
		});
		Map<String, List<KnownPerson>> people = new HashMap<>();
		jdbc.sql("""
				select p.id, p.name as name from people p
				union all select a.person_id, a.alias from person_aliases a""")
			.query(rs -> {
				long id = rs.getLong("id");
				people.computeIfAbsent(rs.getString("name"), name -> new ArrayList<>())
					.add(new KnownPerson(id, rs.getString("name"), organizationsOf.getOrDefault(id, Set.of()),
							titlesOf.getOrDefault(id, Set.of())));
			});
		return new KnownDirectory(Map.copyOf(people), Map.copyOf(organizations));
	}
}
