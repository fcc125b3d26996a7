package kr.cjournal.comments.filter;

import java.util.List;
import java.util.Set;

/**
 * What the filter found in a text.
 * @param matches the words found, as written in the text (a disguised 시1발 is reported as written)
 * @param categories what kinds of abuse they are
 */
public record Screening(List<String> matches, Set<Category> categories) {

	/** Kinds of abuse the word lists know. */
	public enum Category {
		/** Swearing (욕설). */
		PROFANITY,
		/** Words that demean a person (비하, 인신공격): with a name from the directory, possible defamation. */
		INSULT,
		/** Slurs against a group (혐오 표현). */
		SLUR
	}

	public static final Screening CLEAN = new Screening(List.of(), Set.of());

	public Screening {
		matches = List.copyOf(matches);
		categories = Set.copyOf(categories);
	}

	public boolean abusive() {
		return !matches.isEmpty();
	}

	/** Whether it attacks someone: with a person's or company's name, possible defamation. */
	public boolean insulting() {
		return categories.contains(Category.INSULT) || categories.contains(Category.PROFANITY);
	}
}
