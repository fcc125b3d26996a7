package kr.cjournal.people;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Name autocomplete for staff: {@code GET /api/v1/directory/suggest?q=ㅊㅌㅇ}. */
@RestController
class SuggestionController {

	private final NameSuggestions suggestions;

	SuggestionController(NameSuggestions suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/api/v1/directory/suggest")
	Map<String, List<NameSuggestions.Suggestion>> suggest(@RequestParam(defaultValue = "") String q) {
		return Map.of("suggestions", suggestions.suggest(q.length() > 40 ? q.substring(0, 40) : q));
	}
}
