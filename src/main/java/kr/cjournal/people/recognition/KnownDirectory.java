package kr.cjournal.people.recognition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kr.cjournal.people.DirectorySnapshot;
import kr.cjournal.people.NamedEntity;

/**
 * The directory as recognition needs it, held in memory: people by name and alias with the
 * organisations (names and aliases) and titles they hold or held, and organisations by name and alias.
 */
record KnownDirectory(Map<String, List<KnownPerson>> people, Map<String, Long> organizations) {

	static final KnownDirectory EMPTY = new KnownDirectory(Map.of(), Map.of());

	/**
	 * The directory as the linker reads it ({@link DirectorySnapshot#entities}), arranged by name:
	 * every name and alias of an organisation gives its id, every name and alias of a person the
	 * people written so, each with the names of their organisations and those organisations' ids
	 * ({@code #12}), so {@code 마이크로소프트(MS)} finds its people by either part.
	 */
	static KnownDirectory of(List<NamedEntity> entities) {
		Map<String, Long> organizations = new HashMap<>();
		for (NamedEntity entity : entities) {
			if (entity.kind() == NamedEntity.Kind.ORGANIZATION) {
				organizations.putIfAbsent(entity.name(), entity.id());
				entity.aliases().forEach(alias -> organizations.putIfAbsent(alias, entity.id()));
			}
		}
		Map<String, List<KnownPerson>> people = new HashMap<>();
		for (NamedEntity entity : entities) {
			if (entity.kind() == NamedEntity.Kind.PERSON) {
				Set<String> context = new HashSet<>(entity.organizations());
				entity.organizations().stream()
					.map(organizations::get)
					.filter(Objects::nonNull)
					.forEach(id -> context.add("#" + id));
				KnownPerson person = new KnownPerson(entity.id(), entity.name(), Set.copyOf(context),
						Set.copyOf(entity.titles()));
				people.computeIfAbsent(entity.name(), name -> new ArrayList<>()).add(person);
				entity.aliases().forEach(alias -> people.computeIfAbsent(alias, name -> new ArrayList<>()).add(person));
			}
		}
		return new KnownDirectory(Map.copyOf(people), Map.copyOf(organizations));
	}

	record KnownPerson(long id, String name, Set<String> organizations, Set<String> titles) {
	}

	boolean isOrganization(String name) {
		return organizations.containsKey(name);
	}

	Long organizationId(String name) {
		if (name == null) {
			return null;
		}
		Long id = organizations.get(name);
		if (id == null) {
			int paren = name.indexOf('(');
			if (paren > 0 && name.endsWith(")")) {
				id = organizations.get(name.substring(0, paren));
				if (id == null) {
					id = organizations.get(name.substring(paren + 1, name.length() - 1));
				}
			}
		}
		return id;
	}

	/**
	 * The person a recognised name is: the only one of that name unless the organisation found
	 * says otherwise; among same-name people the one at that organisation, else with that title.
	 */
	Long personId(String name, String organization, String title) {
		List<KnownPerson> candidates = people.getOrDefault(name, List.of());
		if (organization != null) {
			Long orgId = organizationId(organization);
			List<KnownPerson> atOrganization = candidates.stream()
				.filter(p -> p.organizations().contains(organization) || orgId != null && p.organizations().contains("#" + orgId))
				.toList();
			return atOrganization.size() == 1 ? atOrganization.get(0).id() : null;
		}
		if (candidates.size() == 1) {
			return candidates.get(0).id();
		}
		if (title != null) {
			List<KnownPerson> withTitle = candidates.stream().filter(p -> p.titles().contains(title)).toList();
			return withTitle.size() == 1 ? withTitle.get(0).id() : null;
		}
		return null;
	}

	Collection<String> organizationNames() {
		return organizations.keySet();
	}
}
