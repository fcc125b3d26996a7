package kr.cjournal.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriUtils;

import kr.cjournal.people.NameSuggestions;
import kr.cjournal.search.SearchEngine;

/**
 * The reader's search page and the masthead box's suggestions. Every parameter is read as text
 * and cleaned ({@link SearchForm}), so no address a reader can type makes a 400 or a 500.
 */
@Controller
class SearchController {

	static final int NAMES = 4;

	static final int HEADLINES = 6;

	private final SearchPages searchPages;

	private final RenderedPages pages;

	private final SearchEngine engine;

	private final NameSuggestions names;

	SearchController(SearchPages searchPages, RenderedPages pages, SearchEngine engine, NameSuggestions names) {
		this.searchPages = searchPages;
		this.pages = pages;
		this.engine = engine;
		this.names = names;
	}

	@GetMapping("/search")
	ResponseEntity<byte[]> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String section, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String reporter,
			@RequestParam(required = false) String person, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, WebRequest request) {
		SearchForm form = SearchForm.read(q, section, from, to, reporter, person, sort, page);
		// Too many different addresses to keep in the page cache: rendered each time.
		return pages.respond(pages.render("site/search", searchPages.build(form)), request);
	}

	@GetMapping(value = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> suggest(@RequestParam(required = false) String q) {
		String typed = SearchForm.text(q);
		List<Map<String, String>> suggestions = new ArrayList<>();
		if (!typed.isEmpty() && typed.length() <= 50) {
			for (NameSuggestions.Suggestion name : names.suggest(typed).stream().limit(NAMES).toList()) {
				boolean person = name.type().equals("person");
				suggestions.add(suggestion(name.name(), (person ? "/people/" : "/company/") + name.id(),
						person ? "person" : "company"));
			}
			for (String headline : engine.suggest(typed, HEADLINES)) {
				suggestions.add(suggestion(headline,
						"/search?q=" + UriUtils.encodeQueryParam(headline, StandardCharsets.UTF_8), "headline"));
			}
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
			.body(Map.of("suggestions", suggestions));
	}

	private static Map<String, String> suggestion(String text, String url, String kind) {
		Map<String, String> suggestion = new LinkedHashMap<>();
		suggestion.put("text", text);
		suggestion.put("url", url);
		suggestion.put("kind", kind);
		return suggestion;
	}
}
