package kr.cjournal.comments.filter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The abuse filter (클린필터). PLACEHOLDER of the comments contract: exact substrings of a few
 * words only; the filter task replaces the whole body (normalisation, disguises, word lists in
 * resources and from moderators, allow-list) and keeps {@link #screen(String)}.
 */
@Component
public class CleanFilter {

	private static final List<String> PROFANITY = List.of("씨발", "시발", "개새끼", "병신");

	public Screening screen(String text) {
		if (text == null || text.isEmpty()) {
			return Screening.CLEAN;
		}
		List<String> matches = new ArrayList<>();
		Set<Screening.Category> categories = EnumSet.noneOf(Screening.Category.class);
		for (String word : PROFANITY) {
			if (text.contains(word)) {
				matches.add(word);
				categories.add(Screening.Category.PROFANITY);
			}
		}
		return matches.isEmpty() ? Screening.CLEAN : new Screening(matches, categories);
	}
}
