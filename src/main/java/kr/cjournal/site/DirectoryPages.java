package kr.cjournal.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import kr.cjournal.core.Kst;
import kr.cjournal.core.Page;
import kr.cjournal.core.PageNumber;
import kr.cjournal.media.Image;
import kr.cjournal.media.Images;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.people.Directory;
import kr.cjournal.people.Mentions;
import kr.cjournal.people.Organization;
import kr.cjournal.people.OrganizationKind;
import kr.cjournal.people.Person;
import kr.cjournal.people.Position;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds person and company pages: who or what it is from the directory, one page of the
 * stories that mention it, and schema.org {@code Person} or {@code Organization} JSON-LD.
 */
@Component
class DirectoryPages {

	private final Directory directory;

	private final Mentions mentions;

	private final Articles articles;

	private final Images images;

	private final Mastheads mastheads;

	private final SiteSettings settings;

	private final JsonMapper json;

	DirectoryPages(Directory directory, Mentions mentions, Articles articles, Images images, Mastheads mastheads,
			SiteSettings settings, JsonMapper json) {
		this.directory = directory;
		this.mentions = mentions;
		this.articles = articles;
		this.images = images;
		this.mastheads = mastheads;
		this.settings = settings;
		this.json = json;
	}

	/** The page of the person; null when there is none or it lies past the last page of stories. */
	PersonPage person(long id, int page) {
		return directory.person(id).map(person -> personPage(person, page)).orElse(null);
	}

	/** The page of the organisation; null when there is none or it lies past the last page of stories. */
	CompanyPage company(long id, int page) {
		return directory.organization(id).map(organization -> companyPage(organization, page)).orElse(null);
	}

	private PersonPage personPage(Person person, int page) {
		List<Position> positions = directory.positionsOf(person.id());
		List<Position> current = positions.stream().filter(Position::isCurrent).toList();
		List<Position> past = positions.stream().filter(p -> !p.isCurrent()).toList();
		List<String> aliases = directory.aliasesOfPerson(person.id());
		Image photo = directory.photoOf(person.id()).flatMap(images::find).orElse(null);
		String ld = personJsonLd(person, aliases, photo, current);
		Page<PersonPage.Story> stories = stories(person, positions, page);
		if (stories.isBeyondEnd()) {
			return null;
		}
		return new PersonPage(mastheads.of(null), canonical(person.url(), page), person, photo, current, past, aliases,
				stories, mentions.coMentioned(person.id(), 10), ld);
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

	private String personJsonLd(Person person, List<String> aliases, Image photo, List<Position> current) {
		Map<String, Object> ld = jsonLd("Person", person.name(), person.url());
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
		return JsonLd.write(json, ld);
	}

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
		return new CompanyPage(mastheads.of(null), canonical(organization.url(), page), organization, parent,
				subsidiaries, people, aliases, stories,
				companyJsonLd(organization, aliases, parent, subsidiaries, people));
	}

	private String companyJsonLd(Organization organization, List<String> aliases, Organization parent,
			List<Organization> subsidiaries, List<Position> people) {
		Map<String, Object> ld = jsonLd(organization.kind() == OrganizationKind.PUBLIC_BODY ? "GovernmentOrganization"
				: "Organization", organization.name(), organization.url());
		List<String> alternate = new ArrayList<>(aliases);
		if (organization.englishName() != null && !alternate.contains(organization.englishName())) {
			alternate.add(0, organization.englishName());
		}
		if (!alternate.isEmpty()) {
			ld.put("alternateName", alternate);
		}
		if (organization.listing() != null) {
			// schema.org: the market and the instrument separated by a space ("XKRX 990010")
			ld.put("tickerSymbol", organization.listing().market().mic() + " " + organization.listing().code());
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
		return JsonLd.write(json, ld);
	}

	/** What every directory JSON-LD starts with. */
	private Map<String, Object> jsonLd(String type, String name, String url) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", type);
		ld.put("name", name);
		ld.put("url", settings.absolute(url));
		return ld;
	}

	private String canonical(String url, int page) {
		return settings.absolute(url + (page > 1 ? "?page=" + page : ""));
	}

	private static List<Long> ids(Page<Mentions.MentionedStory> mentioned) {
		return mentioned.items().stream().map(Mentions.MentionedStory::articleId).toList();
	}
}
