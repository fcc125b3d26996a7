package kr.cjournal.site;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The search page: the form as the reader filled it, the filters, and one page of results.
 * {@code card} is null unless the query names someone; {@code reporterName} and {@code personName}
 * are the names of the link-given filters, null when not set.
 */
public record SearchPage(Masthead masthead, SearchForm form, List<SectionOption> sections, String reporterName,
		String personName, NameCard card, long total, List<Result> results, int page, int pages) {

	/** An option of the section select; subsections are labelled under their section. */
	public record SectionOption(String path, String label, boolean selected) {
	}

	/**
	 * One found story. {@code headlineHtml} and {@code snippetHtml} come from the search engine
	 * already HTML-escaped with the query's words in {@code <mark>}.
	 */
	public record Result(String url, String headlineHtml, String snippetHtml, String section, String date,
			String dateIso) {
	}

	public String q() {
		return form.q();
	}

	public boolean isEmptyQuery() {
		return form.isEmpty();
	}

	public boolean isNewest() {
		return form.sort() == kr.cjournal.search.SearchQuery.Sort.NEWEST;
	}

	public String from() {
		return form.from() == null ? "" : form.from().toString();
	}

	public String to() {
		return form.to() == null ? "" : form.to().toString();
	}

	public Long reporter() {
		return form.reporter();
	}

	public Long person() {
		return form.person();
	}

	/** {@code '삼성' 검색 결과 1,234건} */
	public String countLine() {
		return "'" + form.q() + "' 검색 결과 " + NumberFormat.getIntegerInstance(Locale.KOREA).format(total) + "건";
	}

	public String title() {
		return form.isEmpty() ? "검색" : form.q() + " - 검색";
	}

	public String pageUrl(int number) {
		return form.url(number);
	}

	public String withoutReporter() {
		return form.withoutReporter();
	}

	public String withoutPerson() {
		return form.withoutPerson();
	}

	/** This search narrowed to the stories that name the card's person; null without a person's card or when narrowed already. */
	public String onlyCardPerson() {
		if (card == null || !card.isPerson() || form.person() != null) {
			return null;
		}
		return new SearchForm(form.q(), form.section(), form.from(), form.to(), form.reporter(), card.id(), form.sort(), 1)
			.url(1);
	}

	public String withoutFilters() {
		return new SearchForm(form.q(), "", null, null, null, null, form.sort(), 1).url(1);
	}

	public boolean hasFilters() {
		return !form.section().isEmpty() || form.from() != null || form.to() != null || form.reporter() != null
				|| form.person() != null;
	}

	/** The first and last page numbers the pager links: ten around the current one. */
	public int firstLinked() {
		return Math.max(1, Math.min(page - 4, pages - 9));
	}

	public int lastLinked() {
		return Math.min(pages, firstLinked() + 9);
	}
}
