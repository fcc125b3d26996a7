package kr.cjournal.newsroom;

import java.util.List;

/**
 * What the article editor sends: section, headline, subtitle, the body in Markdown, the bylined
 * reporters and tags.
 */
public record Draft(long sectionId, String headline, String subtitle, String bodyMarkdown, List<Long> reporterIds,
		List<String> tags) {

	public static final int HEADLINE_MAX = 80;

	public static final int SUBTITLE_MAX = 120;

	public static final int BODY_MAX = 60_000;

	public static final int TAGS_MAX = 10;

	public Draft {
		headline = headline == null ? "" : headline.strip();
		subtitle = subtitle == null || subtitle.isBlank() ? null : subtitle.strip();
		bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown.replace("\r\n", "\n");
		reporterIds = reporterIds == null ? List.of() : List.copyOf(reporterIds);
		tags = tags == null ? List.of()
				: tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().limit(TAGS_MAX).toList();
	}

	/**
	 * A paragraph of plain text as Markdown that renders to the same text: for stories written
	 * outside the editor (an imported archive, a wire feed), where {@code *}, {@code #} or a
	 * leading {@code 1.} are text, not formatting.
	 */
	public static String escapeMarkdown(String text) {
		String stripped = text.strip();
		// Most paragraphs hold no mark at all: an import escapes millions, so the regexes run only when needed.
		String escaped = hasMark(stripped) ? MARKS.matcher(stripped).replaceAll("\\\\$1") : stripped;
		if (escaped.isEmpty() || !(Character.isDigit(escaped.charAt(0)) || escaped.charAt(0) == '-' || escaped.charAt(0) == '+')) {
			return escaped;
		}
		return LEADING_SIGN.matcher(LEADING_NUMBER.matcher(escaped).replaceFirst("$1\\\\.")).replaceFirst("\\\\$1");
	}

	private static boolean hasMark(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (MARK_CHARS.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static final String MARK_CHARS = "\\`*_[]<>#|~";

	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("([\\\\`*_\\[\\]<>#|~])");

	private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^(\\d+)\\.");

	private static final java.util.regex.Pattern LEADING_SIGN = java.util.regex.Pattern.compile("^([-+])");
}
