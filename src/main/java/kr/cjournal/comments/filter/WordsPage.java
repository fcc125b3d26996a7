package kr.cjournal.comments.filter;

import java.util.List;

import kr.cjournal.core.Kst;

/**
 * The moderators' page of filter words: what they added (who, when), the add form, and the
 * "시험해 보기" box with the verdict on the text tried, if any.
 */
public record WordsPage(List<FilterWord> words, int shippedBlocked, int shippedAllowed, String notice, String alert,
		String tried, Screening verdict) {

	public String addedAt(FilterWord word) {
		return Kst.minutes(word.addedAt());
	}

	public List<Screening.Category> categories() {
		return List.of(Screening.Category.values());
	}

	public String label(Screening.Category category) {
		return switch (category) {
			case PROFANITY -> "욕설";
			case INSULT -> "비하·인신공격";
			case SLUR -> "혐오 표현";
		};
	}

	public String verdictCategories() {
		return verdict == null ? "" : String.join(", ", verdict.categories().stream().sorted().map(this::label).toList());
	}
}
