package kr.cjournal.site;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import kr.cjournal.core.Kst;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.newsroom.Reporters;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.people.Directory;
import kr.cjournal.people.Person;
import kr.cjournal.search.SearchEngine;
import kr.cjournal.search.SearchQuery;
import kr.cjournal.search.SearchResults;

/**
 * Builds the search page: the engine's page of matches, their sections from one query for the
 * stories' summaries, the names of the link-given filters and the card of a named person or
 * company. A filter naming nothing that exists is dropped, so the reader still gets results.
 */
@Component
class SearchPages {

	static final int PAGE_SIZE = 10;

	private final SearchEngine engine;

	private final Articles articles;

	private final Sections sections;

	private final Reporters reporters;

	private final Directory directory;

	private final NameCards cards;

	private final Mastheads mastheads;

	SearchPages(SearchEngine engine, Articles articles, Sections sections, Reporters reporters, Directory directory,
			NameCards cards, Mastheads mastheads) {
		this.engine = engine;
		this.articles = articles;
		this.sections = sections;
		this.reporters = reporters;
		this.directory = directory;
		this.cards = cards;
		this.mastheads = mastheads;
	}

	SearchPage build(SearchForm asked) {
		Section section = asked.section().isEmpty() ? null : sections.byPath(asked.section()).orElse(null);
		String reporterName = asked.reporter() == null ? null
				: reporters.findById(asked.reporter()).map(Reporter::name).orElse(null);
		String personName = asked.person() == null ? null
				: directory.person(asked.person()).map(Person::name).orElse(null);
		SearchForm form = new SearchForm(asked.q(), section == null ? "" : section.path(), asked.from(), asked.to(),
				reporterName == null ? null : asked.reporter(), personName == null ? null : asked.person(), asked.sort(),
				asked.page());
		List<SearchPage.SectionOption> options = options(section);
		Masthead masthead = mastheads.of(null);
		if (form.isEmpty()) {
			return new SearchPage(masthead, form, options, reporterName, personName, null, 0, List.of(), 1, 0);
		}
		SearchResults results = engine.search(query(form, section));
		if (results.hits().isEmpty() && results.total() > 0 && form.page() > 1) {
			// Past the last page (an old link, a typed number): show the last page instead.
			form = form.onPage(Math.max(1, Math.min(SearchForm.MAX_PAGE, results.pages())));
			results = engine.search(query(form, section));
		}
		NameCard card = form.page() == 1 ? cards.find(form.q()).orElse(null) : null;
		return new SearchPage(masthead, form, options, reporterName, personName, card, results.total(),
				results(results), form.page(), Math.min(SearchForm.MAX_PAGE, results.pages()));
	}

	private static SearchQuery query(SearchForm form, Section section) {
		OffsetDateTime from = form.from() == null ? null : form.from().atStartOfDay(Kst.ZONE).toOffsetDateTime();
		OffsetDateTime to = form.to() == null ? null : form.to().plusDays(1).atStartOfDay(Kst.ZONE).toOffsetDateTime();
		return new SearchQuery(form.q(), section == null ? null : section.id(), from, to, form.reporter(),
				form.person(), null, form.sort(), form.page(), PAGE_SIZE);
	}

	private List<SearchPage.Result> results(SearchResults results) {
		Map<Long, ArticleSummary> summaries = articles
			.summaries(results.hits().stream().map(SearchResults.Hit::id).toList())
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
		List<SearchPage.Result> found = new ArrayList<>();
		for (SearchResults.Hit hit : results.hits()) {
			ArticleSummary summary = summaries.get(hit.id());
			String sectionName = summary != null && sections.exists(summary.sectionId())
					? sections.byId(summary.sectionId()).name() : "";
			found.add(new SearchPage.Result("/article/" + hit.id(), hit.headlineHtml(), hit.snippetHtml(), sectionName,
					Kst.minutes(hit.publishedAt()), hit.publishedAt() == null ? "" : Kst.iso(hit.publishedAt())));
		}
		return found;
	}

	private List<SearchPage.SectionOption> options(Section selected) {
		List<SearchPage.SectionOption> options = new ArrayList<>();
		for (Section top : sections.topLevel()) {
			options.add(new SearchPage.SectionOption(top.path(), top.name(), selected != null && selected.id() == top.id()));
			for (Section sub : sections.childrenOf(top)) {
				options.add(new SearchPage.SectionOption(sub.path(), top.name() + " › " + sub.name(),
						selected != null && selected.id() == sub.id()));
			}
		}
		return options;
	}
}
