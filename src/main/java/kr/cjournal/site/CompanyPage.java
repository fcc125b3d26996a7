package kr.cjournal.site;

import java.util.List;

import kr.cjournal.core.Page;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.people.Organization;
import kr.cjournal.people.Position;

/**
 * An organisation's page: its parent and subsidiaries, its people with titles, the stories that
 * mention it (one page of them), its JSON-LD.
 */
public record CompanyPage(Masthead masthead, String canonicalUrl, Organization organization, Organization parent,
		List<Organization> subsidiaries, List<Position> people, List<String> aliases, Page<ArticleSummary> stories,
		String jsonLd) {
}
