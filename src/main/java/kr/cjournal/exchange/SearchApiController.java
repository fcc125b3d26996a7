package kr.cjournal.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.cjournal.core.Kst;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.search.SearchEngine;
import kr.cjournal.search.SearchQuery;
import kr.cjournal.search.SearchResults;

/**
 * The reader's search as JSON: ten matches a page in relevance order ({@code sort=newest} for
 * date order) with the plain-text snippet. Unlike the search page, which shows something for any
 * address, a program gets a 400 naming the parameter it got wrong; the query text itself is never
 * wrong (it is text, not query syntax).
 */
@RestController
class SearchApiController {

	static final int PAGE_SIZE = 10;

	static final int MAX_PAGE = 1_000;

	private static final CacheControl LIFETIME = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	private final SearchEngine engine;

	private final Sections sections;

	SearchApiController(SearchEngine engine, Sections sections) {
		this.engine = engine;
		this.sections = sections;
	}

	@GetMapping(value = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String page, @RequestParam(required = false) String section,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String sort) {
		int number = page(page);
		Long sectionId = null;
		if (section != null && !section.isBlank()) {
			sectionId = sections.byPath(section.strip().replaceAll("^/+|/+$", ""))
				.map(Section::id)
				.orElseThrow(() -> problem("section", "그런 섹션이 없습니다. /api/v1/sections의 path를 보내 주세요."));
		}
		LocalDate fromDay = day("from", from);
		LocalDate toDay = day("to", to);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			throw problem("to", "끝 날짜(to)가 시작 날짜(from)보다 앞섭니다.");
		}
		SearchQuery.Sort order = sort(sort);
		String text = text(q);
		Map<String, Object> body = new LinkedHashMap<>();
		if (text.isEmpty()) {
			body.put("total", 0);
			body.put("results", List.of());
			return ResponseEntity.ok().cacheControl(LIFETIME).body(body);
		}
		OffsetDateTime fromTime = fromDay == null ? null : fromDay.atStartOfDay(Kst.ZONE).toOffsetDateTime();
		OffsetDateTime toTime = toDay == null ? null : toDay.plusDays(1).atStartOfDay(Kst.ZONE).toOffsetDateTime();
		SearchResults results = engine.search(
				new SearchQuery(text, sectionId, fromTime, toTime, null, null, null, order, number, PAGE_SIZE));
		List<Map<String, Object>> items = new ArrayList<>();
		for (SearchResults.Hit hit : results.hits()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", hit.id());
			item.put("title", hit.headline());
			item.put("snippet", hit.snippet());
			item.put("publishedAt", hit.publishedAt() == null ? null : Kst.iso(hit.publishedAt()));
			items.add(item);
		}
		body.put("total", results.total());
		body.put("results", items);
		return ResponseEntity.ok().cacheControl(LIFETIME).body(body);
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<Map<String, Object>> refused(ApiProblem problem) {
		return problem.answer();
	}

	private static ApiProblem problem(String field, String message) {
		return ApiProblem.badRequest("bad_parameter", field, message);
	}

	private static int page(String value) {
		if (value == null || value.isBlank()) {
			return 1;
		}
		String message = "page는 1부터 " + MAX_PAGE + "까지의 숫자여야 합니다.";
		if (!value.strip().matches("[0-9]{1,4}")) {
			throw problem("page", message);
		}
		int page = Integer.parseInt(value.strip());
		if (page < 1 || page > MAX_PAGE) {
			throw problem("page", message);
		}
		return page;
	}

	private static LocalDate day(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			if (!value.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
				throw new DateTimeParseException("not yyyy-MM-dd", value, 0);
			}
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw problem(field, field + " 날짜는 2024-05-01처럼 써 주세요 (한국 시간 기준 날짜).");
		}
	}

	private static SearchQuery.Sort sort(String value) {
		if (value == null || value.isBlank() || value.strip().equals("relevance")) {
			return SearchQuery.Sort.RELEVANCE;
		}
		if (value.strip().equals("newest")) {
			return SearchQuery.Sort.NEWEST;
		}
		throw problem("sort", "sort는 newest(최신순)나 relevance(정확도순, 기본)여야 합니다.");
	}

	/** What the engine gets of the query: control characters become spaces; the engine cuts it to length. */
	private static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder();
		value.codePoints()
			.limit(SearchQuery.MAX_TEXT * 2L)
			.forEach(cp -> clean.appendCodePoint(Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
					|| Character.getType(cp) == Character.SURROGATE ? ' ' : cp));
		return clean.toString().strip();
	}
}
