package kr.cjournal.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import kr.cjournal.people.Directory;
import kr.cjournal.people.Organization;
import kr.cjournal.people.Person;
import kr.cjournal.people.Position;
import tools.jackson.databind.json.JsonMapper;

/** Person and company pages, with schema.org {@code Person} and {@code Organization} JSON-LD. */
@Controller
class DirectoryController {

	private final Directory directory;

	private final Mastheads mastheads;

	private final RenderedPages pages;

	private final SiteSettings settings;

	private final JsonMapper json;

	DirectoryController(Directory directory, Mastheads mastheads, RenderedPages pages, SiteSettings settings,
			JsonMapper json) {
		this.directory = directory;
		this.mastheads = mastheads;
		this.pages = pages;
		this.settings = settings;
		this.json = json;
	}

	@GetMapping("/people/{id}")
	ResponseEntity<byte[]> person(@PathVariable long id, WebRequest request) {
		RenderedPages.Rendered page = pages.get("person:" + id, "site/person",
				() -> directory.person(id).map(this::personPage).orElse(null));
		if (page == null) {
			throw new NotFound("person " + id);
		}
		return pages.respond(page, request);
	}

	@GetMapping("/company/{id}")
	ResponseEntity<byte[]> company(@PathVariable long id, WebRequest request) {
		RenderedPages.Rendered page = pages.get("company:" + id, "site/company",
				() -> directory.organization(id).map(this::companyPage).orElse(null));
		if (page == null) {
			throw new NotFound("company " + id);
		}
		return pages.respond(page, request);
	}

	private PersonPage personPage(Person person) {
		List<Position> positions = directory.positionsOf(person.id());
		List<Position> current = positions.stream().filter(Position::isCurrent).toList();
		List<Position> past = positions.stream().filter(p -> !p.isCurrent()).toList();
		List<String> aliases = directory.aliasesOfPerson(person.id());
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "Person");
		ld.put("name", person.name());
		ld.put("url", settings.absolute(person.url()));
		List<String> alternate = new ArrayList<>(aliases);
		if (person.hanja() != null) {
			alternate.add(0, person.hanja());
		}
		if (person.englishName() != null) {
			alternate.add(0, person.englishName());
		}
		if (!alternate.isEmpty()) {
			ld.put("alternateName", alternate);
		}
		if (!current.isEmpty()) {
			ld.put("jobTitle", current.get(0).title());
			ld.put("worksFor", current.stream()
				.map(p -> Map.of("@type", "Organization", "name", p.organizationName(), "url",
						settings.absolute("/company/" + p.organizationId())))
				.toList());
		}
		return new PersonPage(mastheads.of(null), settings.absolute(person.url()), person, current, past, aliases,
				JsonLd.write(json, ld));
	}

	private CompanyPage companyPage(Organization organization) {
		Organization parent = organization.parentId() == null ? null
				: directory.organization(organization.parentId()).orElse(null);
		List<Organization> subsidiaries = directory.subsidiariesOf(organization.id());
		List<Position> people = directory.currentPeopleOf(organization.id());
		List<String> aliases = directory.aliasesOfOrganization(organization.id());
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", organization.kind() == kr.cjournal.people.OrganizationKind.PUBLIC_BODY ? "GovernmentOrganization"
				: "Organization");
		ld.put("name", organization.name());
		ld.put("url", settings.absolute(organization.url()));
		List<String> alternate = new ArrayList<>(aliases);
		if (organization.englishName() != null && !alternate.contains(organization.englishName())) {
			alternate.add(0, organization.englishName());
		}
		if (!alternate.isEmpty()) {
			ld.put("alternateName", alternate);
		}
		if (parent != null) {
			ld.put("parentOrganization", Map.of("@type", "Organization", "name", parent.name(), "url",
					settings.absolute(parent.url())));
		}
		if (!subsidiaries.isEmpty()) {
			ld.put("subOrganization", subsidiaries.stream()
				.map(s -> Map.of("@type", "Organization", "name", s.name(), "url", settings.absolute(s.url())))
				.toList());
		}
		if (!people.isEmpty()) {
			ld.put("employee", people.stream()
				.map(p -> Map.of("@type", "Person", "name", p.personName(), "jobTitle", p.title(), "url",
						settings.absolute("/people/" + p.personId())))
				.toList());
		}
		return new CompanyPage(mastheads.of(null), settings.absolute(organization.url()), organization, parent,
				subsidiaries, people, aliases, JsonLd.write(json, ld));
	}
}
