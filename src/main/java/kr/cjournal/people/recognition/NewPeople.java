package kr.cjournal.people.recognition;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.cjournal.people.Directory;
import kr.cjournal.people.Organization;
import kr.cjournal.people.Person;

/**
 * The editor's one-click actions on a recognised name: add the person (with the organisation if
 * new, and the current position), or attach the mention to someone already in the directory.
 */
@Component
class NewPeople {

	record Created(long personId, Long organizationId, boolean organizationCreated) {
	}

	record Attached(long personId, Long organizationId, boolean positionAdded, boolean aliasAdded) {
	}

	private final Directory directory;

	private final JdbcClient jdbc;

	NewPeople(Directory directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	@Transactional
	Created create(String name, String organization, String title) {
		Person person = directory.addPerson(name, null, null, null, null);
		if (organization == null) {
			return new Created(person.id(), null, false);
		}
		Optional<Long> existing = organizationId(organization);
		long organizationId = existing.orElseGet(() -> addOrganization(organization));
		directory.addPosition(person.id(), organizationId, title, null, null);
		return new Created(person.id(), organizationId, existing.isEmpty());
	}

	/** Adds the position unless held now, and the written name as an alias when it differs; either may be absent. */
	@Transactional
	Attached attach(long personId, String writtenName, String organization, String title) {
		Person person = directory.person(personId)
			.orElseThrow(() -> new BadInput(HttpStatus.NOT_FOUND, "id", "그런 인물이 없습니다."));
		Long organizationId = null;
		boolean added = false;
		if (organization != null) {
			long id = organizationId(organization).orElseGet(() -> addOrganization(organization));
			boolean held = directory.positionsOf(personId)
				.stream()
				.anyMatch(p -> p.isCurrent() && p.organizationId() == id && p.title().equals(title));
			if (!held) {
				directory.addPosition(personId, id, title, null, null);
			}
			organizationId = id;
			added = !held;
		}
		boolean alias = writtenName != null && !writtenName.equals(person.name())
				&& !directory.aliasesOfPerson(personId).contains(writtenName);
		if (alias) {
			directory.addPersonAlias(personId, writtenName);
		}
		return new Attached(personId, organizationId, added, alias);
	}

	/** An organisation by its name or an alias; 마이크로소프트(MS) by either part. */
	Optional<Long> organizationId(String written) {
		String name = Lexicon.organizationName(written);
		Optional<Long> found = byName(written).or(() -> byName(name));
		int paren = written.indexOf('(');
		if (found.isEmpty() && paren > 0 && written.endsWith(")")) {
			found = byName(written.substring(0, paren)).or(() -> byName(written.substring(paren + 1, written.length() - 1)));
		}
		return found;
	}

	private Optional<Long> byName(String name) {
		return jdbc.sql("""
				select id from organizations where name = :name
				union select organization_id from organization_aliases where alias = :name
				order by 1 limit 1""")
			.param("name", name)
			.query(Long.class)
			.optional();
	}

	/** 마이크로소프트(MS) becomes 마이크로소프트 with the alias MS. */
	private long addOrganization(String written) {
		int paren = written.indexOf('(');
		String name = paren > 0 && written.endsWith(")") ? written.substring(0, paren).strip() : written;
		Organization organization = directory.addOrganization(name, OrganizationKinds.guess(name), null, null, null);
		if (!name.equals(written)) {
			directory.addOrganizationAlias(organization.id(), written.substring(paren + 1, written.length() - 1).strip());
		}
		return organization.id();
	}
}
