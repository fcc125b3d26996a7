package kr.cjournal.comments.filter;

import java.time.OffsetDateTime;

/**
 * A word a moderator added to the filter: BLOCK (with the kind of abuse) or ALLOW.
 * @param listName {@code BLOCK} or {@code ALLOW}
 * @param category for BLOCK the {@link Screening.Category} name, for ALLOW {@code ALLOW}
 */
public record FilterWord(long id, String word, String listName, String category, String addedBy,
		OffsetDateTime addedAt) {

	public static final String BLOCK = "BLOCK";

	public static final String ALLOW = "ALLOW";

	public boolean blocks() {
		return BLOCK.equals(listName);
	}

	/** The list and kind in Korean, for the words page. */
	public String label() {
		if (!blocks()) {
			return "허용";
		}
		return switch (category) {
			case "INSULT" -> "막기 · 비하";
			case "SLUR" -> "막기 · 혐오";
			default -> "막기 · 욕설";
		};
	}
}
