package kr.cjournal.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import kr.cjournal.core.Kst;
import kr.cjournal.media.Image;
import kr.cjournal.media.Images;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.newsroom.Page;
import kr.cjournal.people.Directory;
import kr.cjournal.people.Mentions;
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

	private final Mentions mentions;

	private final Articles articles;

	private final Images images;

	DirectoryController(Directory directory, Mentions mentions, Articles articles, Images images, Mastheads mastheads,
			RenderedPages pages, SiteSettings settings, JsonMapper json) {
		this.images = images;
		this.directory = directory;
		this.mentions = mentions;
		this.articles = articles;
		this.mastheads = mastheads;
		this.pages = pages;
		this.settings = settings;
		this.json = json;
	}

	@GetMapping("/people/{id}")
	ResponseEntity<byte[]> person(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
			WebRequest request) {
		PageNumber.check(page);
		RenderedPages.Rendered rendered = pages.get("person:" + id + ":" + page, "site/person",
				() -> directory.person(id).map(person -> personPage(person, page)).orElse(null));
		if (rendered == null) {
			// Links baked into published stories still point at a duplicate merged away.
			return directory.personMergedInto(id)
				.filter(survivor -> page == 1)
				.map(survivor -> moved("/people/" + survivor))
				.orElseThrow(() -> new NotFound("person " + id + " page " + page));
		}
		return pages.respond(rendered, request);
	}

	@GetMapping("/company/{id}")
	ResponseEntity<byte[]> company(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
			WebRequest request) {
		PageNumber.check(page);
		RenderedPages.Rendered rendered = pages.get("company:" + id + ":" + page, "site/company",
				() -> directory.organization(id).map(organization -> companyPage(organization, page)).orElse(null));
		if (rendered == null) {
			return directory.organizationMergedInto(id)
				.filter(survivor -> page == 1)
				.map(survivor -> moved("/company/" + survivor))
				.orElseThrow(() -> new NotFound("company " + id + " page " + page));
		}
		return pages.respond(rendered, request);
	}

	private static ResponseEntity<byte[]> moved(String location) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(location)).build();
	}

	/** The stories mentioning the person, each with the title held then where it differs from today's. */
	private Page<PersonPage.Story> stories(Person person, List<Position> positions, int page) {
		Page<Mentions.MentionedStory> mentioned = mentions.storiesMentioningPerson(person.id(), page,
				PageNumber.PAGE_SIZE);
		List<PersonPage.Story> stories = articles.summaries(ids(mentioned))
			.stream()
			.map(article -> new PersonPage.Story(article,
					StoryRoles.label(positions, article.publishedAt().atZoneSameInstant(Kst.ZONE).toLocalDate())))
			.toList();
		return new Page<>(stories, page, mentioned.size(), mentioned.total());
	}

	private static List<Long> ids(Page<Mentions.MentionedStory> mentioned) {
		return mentioned.items().stream().map(Mentions.MentionedStory::articleId).toList();
	}

	/** The page, or null when it lies past the last page of stories. */
	private PersonPage personPage(Person person, int page) {
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
		Image photo = directory.photoOf(person.id()).flatMap(images::find).orElse(null);
		if (photo != null) {
			ld.put("image", settings.absolute(photo.url()));
		}
		if (!current.isEmpty()) {
			ld.put("jobTitle", current.get(0).title());
			ld.put("worksFor", current.stream()
				.map(p -> Map.of("@type", "Organization", "name", p.organizationName(), "url",
						settings.absolute("/company/" + p.organizationId())))
				.toList());
		}
		Page<PersonPage.Story> stories = stories(person, positions, page);
		if (stories.isBeyondEnd()) {
			return null;
		}
		return new PersonPage(mastheads.of(null), settings.absolute(person.url() + (page > 1 ? "?page=" + page : "")),
				person, photo, current, past, aliases, stories, mentions.coMentioned(person.id(), 10), JsonLd.write(json, ld));
	}

	/** The page, or null when it lies past the last page of stories. */
	private CompanyPage companyPage(Organization organization, int page) {
		Page<Mentions.MentionedStory> mentioned = mentions.storiesMentioningOrganization(organization.id(), page,
				PageNumber.PAGE_SIZE);
		if (mentioned.isBeyondEnd()) {
			return null;
		}
		Page<ArticleSummary> stories = new Page<>(articles.summaries(ids(mentioned)), page, mentioned.size(),
				mentioned.total());
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
		return new CompanyPage(mastheads.of(null),
				settings.absolute(organization.url() + (page > 1 ? "?page=" + page : "")), organization, parent,
				subsidiaries, people, aliases, stories, JsonLd.write(json, ld));
	}
}
