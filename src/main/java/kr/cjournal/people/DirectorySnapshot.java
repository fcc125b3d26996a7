package kr.cjournal.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads every person and organisation with aliases, and for people the organisations and titles
 * that tell same-name people apart, in three queries, and builds a {@link MentionMatcher}.
 */
public final class DirectorySnapshot {

	private DirectorySnapshot() {
	}

	static MentionMatcher matcher(JdbcClient jdbc) {
		return MentionMatcher.of(entities(jdbc), commonWords());
	}

	/** Every person and organisation with their names; for people the organisations and titles. */
	public static List<NamedEntity> entities(JdbcClient jdbc) {
		Map<Long, Names> organizations = new LinkedHashMap<>();
		jdbc.sql("select o.id, o.name, a.alias from organizations o left join organization_aliases a on a.organization_id = o.id")
			.query(rs -> {
				long id = rs.getLong("id");
				String name = rs.getString("name");
				organizations.computeIfAbsent(id, k -> new Names(name)).add(rs.getString("alias"));
			});
		Map<Long, Names> people = new LinkedHashMap<>();
		jdbc.sql("select pe.id, pe.name, a.alias from people pe left join person_aliases a on a.person_id = pe.id")
			.query(rs -> {
				long id = rs.getLong("id");
				String name = rs.getString("name");
				people.computeIfAbsent(id, k -> new Names(name)).add(rs.getString("alias"));
			});
		Map<Long, Set<String>> contexts = new LinkedHashMap<>();
		Map<Long, Set<String>> titles = new LinkedHashMap<>();
		jdbc.sql("select person_id, organization_id, title from positions").query(rs -> {
			Names organization = organizations.get(rs.getLong("organization_id"));
			Set<String> context = contexts.computeIfAbsent(rs.getLong("person_id"), id -> new LinkedHashSet<>());
			if (organization != null) {
				context.add(organization.name);
				context.addAll(organization.aliases);
			}
			titles.computeIfAbsent(rs.getLong("person_id"), id -> new LinkedHashSet<>()).add(rs.getString("title"));
		});
		List<NamedEntity> entities = new ArrayList<>(organizations.size() + people.size());
		organizations.forEach((id, names) -> entities
			.add(new NamedEntity(NamedEntity.Kind.ORGANIZATION, id, names.name, names.aliases, List.of(), List.of())));
		people.forEach((id, names) -> entities.add(new NamedEntity(NamedEntity.Kind.PERSON, id, names.name,
				names.aliases, List.copyOf(contexts.getOrDefault(id, Set.of())),
				List.copyOf(titles.getOrDefault(id, Set.of())))));
		return entities;
	}

	/** The everyday words (people/common-words.txt) that are also someone's name. */
	static Set<String> commonWords() {
		try (InputStream in = new ClassPathResource("people/common-words.txt", DirectorySnapshot.class.getClassLoader()).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the common words list", e);
		}
	}

	private static final class Names {

		final String name;

		final List<String> aliases = new ArrayList<>(2);

		Names(String name) {
			this.name = name;
		}

		void add(String alias) {
			if (alias != null) {
				aliases.add(alias);
			}
		}
	}
}
