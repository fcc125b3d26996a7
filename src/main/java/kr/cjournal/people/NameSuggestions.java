package kr.cjournal.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Suggests people and organisations as an editor types a name: by prefix (최태) or by initial
 * consonants (초성, ㅊㅌㅇ → 최태원), also mixed (최ㅌ), over names and aliases. The directory is
 * small enough to hold in memory; it is reloaded after every change.
 */
@Component
public class NameSuggestions {

	private static final String CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

	private static final int LIMIT = 10;

	/** One suggestion: {@code type} is {@code person} or {@code organization}. */
	public record Suggestion(String type, long id, String name, String description) {
	}

	private record Entry(Suggestion suggestion, String key) {
	}

	private final JdbcClient jdbc;

	private volatile List<Entry> entries;

	NameSuggestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Suggestion> suggest(String typed) {
		String query = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		if (query.isEmpty()) {
			return List.of();
		}
		Map<String, Suggestion> found = new LinkedHashMap<>();
		entries().stream()
			.filter(entry -> matches(query, entry.key()))
			.sorted(Comparator.comparingInt((Entry e) -> e.key().length()).thenComparing(e -> e.suggestion().name()))
			.forEach(entry -> found.putIfAbsent(entry.suggestion().type() + entry.suggestion().id(), entry.suggestion()));
		return found.values().stream().limit(LIMIT).toList();
	}

	/** Forgets the loaded directory once a change commits; the next suggestion reloads it. */
	@TransactionalEventListener(fallbackExecution = true)
	void reload(DirectoryChanged changed) {
		entries = null;
	}

	/** Each typed character equals the name's, or is the initial consonant of the name's syllable. */
	static boolean matches(String query, String name) {
		if (query.length() > name.length()) {
			return false;
		}
		for (int i = 0; i < query.length(); i++) {
			char typed = query.charAt(i);
			char actual = name.charAt(i);
			if (typed != actual && !(CHOSEONG.indexOf(typed) >= 0 && initialOf(actual) == typed)) {
				return false;
			}
		}
		return true;
	}

	static char initialOf(char syllable) {
		return syllable >= 0xAC00 && syllable <= 0xD7A3 ? CHOSEONG.charAt((syllable - 0xAC00) / 588) : syllable;
	}

	private List<Entry> entries() {
		List<Entry> current = entries;
		if (current == null) {
			current = load();
			entries = current;
		}
		return current;
	}

	private List<Entry> load() {
		List<Entry> loaded = new ArrayList<>();
		jdbc.sql("""
				select pe.id, pe.name, a.alias,
				       (select o.name || ' ' || p.title from positions p join organizations o on o.id = p.organization_id
				        where p.person_id = pe.id and p.ended_on is null order by p.id limit 1) as description
				from people pe left join person_aliases a on a.person_id = pe.id""")
			.query(rs -> {
				Suggestion person = new Suggestion("person", rs.getLong("id"), rs.getString("name"),
						rs.getString("description"));
				loaded.add(new Entry(person, person.name().toLowerCase(Locale.ROOT)));
				if (rs.getString("alias") != null) {
					loaded.add(new Entry(person, rs.getString("alias").toLowerCase(Locale.ROOT)));
				}
			});
		jdbc.sql("""
				select o.id, o.name, o.kind, a.alias from organizations o
				left join organization_aliases a on a.organization_id = o.id""")
			.query(rs -> {
				Suggestion organization = new Suggestion("organization", rs.getLong("id"), rs.getString("name"),
						OrganizationKind.valueOf(rs.getString("kind")).label());
				loaded.add(new Entry(organization, organization.name().toLowerCase(Locale.ROOT)));
				if (rs.getString("alias") != null) {
					loaded.add(new Entry(organization, rs.getString("alias").toLowerCase(Locale.ROOT)));
				}
			});
		return List.copyOf(loaded);
	}
}
