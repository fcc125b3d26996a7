package kr.cjournal.site;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.util.UriComponentsBuilder;

import kr.cjournal.search.SearchQuery;

/**
 * What a reader asked of the search page, read leniently: whatever the address says, the page
 * shows. Control characters become spaces and the text is cut to {@link SearchQuery#MAX_TEXT};
 * a date that does not parse, an unknown sort or a bad id is ignored; {@code from} after
 * {@code to} is swapped; a page below 1 is 1. Dates are KST days, both inclusive.
 */
record SearchForm(String q, String section, LocalDate from, LocalDate to, Long reporter, Long person,
		SearchQuery.Sort sort, int page) {

	/** Deeper than this no reader pages; it also bounds what a crafted address makes the engine collect. */
	static final int MAX_PAGE = 1_000;

	static SearchForm read(String q, String section, String from, String to, String reporter, String person,
			String sort, String page) {
		LocalDate fromDay = day(from);
		LocalDate toDay = day(to);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			LocalDate swap = fromDay;
			fromDay = toDay;
			toDay = swap;
		}
		String path = section == null ? "" : section.strip().replaceAll("^/+|/+$", "");
		return new SearchForm(text(q), path.length() > 100 ? "" : path, fromDay, toDay, id(reporter), id(person),
				"newest".equals(sort == null ? null : sort.strip()) ? SearchQuery.Sort.NEWEST : SearchQuery.Sort.RELEVANCE,
				pageNumber(page));
	}

	/** The text as the engine gets it: no control or unpaired surrogate characters, single spaces, cut short. */
	static String text(String typed) {
		if (typed == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(Math.min(typed.length(), SearchQuery.MAX_TEXT + 1));
		typed.codePoints().forEach(cp -> {
			int type = Character.getType(cp);
			boolean blank = Character.isISOControl(cp) || Character.isWhitespace(cp) || type == Character.SURROGATE
					|| type == Character.FORMAT;
			if (blank) {
				if (clean.length() > 0 && clean.charAt(clean.length() - 1) != ' ') {
					clean.append(' ');
				}
			}
			else if (clean.length() < SearchQuery.MAX_TEXT * 2) {
				clean.appendCodePoint(cp);
			}
		});
		String text = clean.toString().strip();
		if (text.codePointCount(0, text.length()) > SearchQuery.MAX_TEXT) {
			text = text.substring(0, text.offsetByCodePoints(0, SearchQuery.MAX_TEXT)).strip();
		}
		return text;
	}

	private static LocalDate day(String value) {
		if (value == null || !value.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			return day.getYear() < 1900 || day.getYear() > 2200 ? null : day;
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static Long id(String value) {
		return value != null && value.strip().matches("[0-9]{1,18}") ? Long.valueOf(value.strip()) : null;
	}

	private static int pageNumber(String value) {
		if (value == null || !value.strip().matches("[0-9]{1,9}")) {
			return 1;
		}
		return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(value.strip())));
	}

	boolean isEmpty() {
		return q.isEmpty();
	}

	SearchForm onPage(int number) {
		return new SearchForm(q, section, from, to, reporter, person, sort, number);
	}

	/** This search's address on page {@code number}. */
	String url(int number) {
		return url(number, reporter, person);
	}

	String withoutReporter() {
		return url(1, null, person);
	}

	String withoutPerson() {
		return url(1, reporter, null);
	}

	private String url(int number, Long reporterId, Long personId) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", q);
		if (!section.isEmpty()) {
			url.queryParam("section", section);
		}
		if (from != null) {
			url.queryParam("from", from);
		}
		if (to != null) {
			url.queryParam("to", to);
		}
		if (reporterId != null) {
			url.queryParam("reporter", reporterId);
		}
		if (personId != null) {
			url.queryParam("person", personId);
		}
		if (sort == SearchQuery.Sort.NEWEST) {
			url.queryParam("sort", "newest");
		}
		if (number > 1) {
			url.queryParam("page", number);
		}
		return url.encode().build().toUriString();
	}
}
