package kr.cjournal.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Headlines and body passages of a page of hits with the query's words in {@code <mark>}, HTML
 * escaped, read from offsets in the postings; a body without a match shows its opening.
 */
final class Snippets {

	static final int LENGTH = 160;

	private static final String[] FIELDS = { StoryDocuments.HEADLINE, StoryDocuments.BODY };

	private Snippets() {
	}

	/** Per field, one escaped and marked string per hit (null where nothing matched). */
	static Map<String, String[]> highlight(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs page)
			throws IOException {
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(Locale.KOREAN), LENGTH, 0.5f))
			.withMaxNoHighlightPassages(0)
			.build();
		return highlighter.highlightFields(FIELDS, query, page, new int[] { 1, 1 });
	}

	/** The opening of a body, cut at a word near {@link #LENGTH} characters. */
	static String opening(String body) {
		String text = body.strip().replaceAll("\\s+", " ");
		if (text.length() <= LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', LENGTH);
		return text.substring(0, cut > LENGTH / 2 ? cut : LENGTH) + "…";
	}

	private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d+)|#[xX]([0-9a-fA-F]+)|(lt|gt|quot|amp|apos));");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** The marked passage as plain text: marks dropped, the formatter's entities decoded, paragraph breaks one space. */
	static String plain(String html) {
		String text = SPACES.matcher(html.replace("<mark>", "").replace("</mark>", "")).replaceAll(" ").strip();
		return ENTITY.matcher(text).replaceAll(m -> {
			String decoded;
			if (m.group(1) != null) {
				decoded = new String(Character.toChars(Integer.parseInt(m.group(1))));
			}
			else if (m.group(2) != null) {
				decoded = new String(Character.toChars(Integer.parseInt(m.group(2), 16)));
			}
			else {
				decoded = switch (m.group(3)) {
					case "lt" -> "<";
					case "gt" -> ">";
					case "quot" -> "\"";
					case "apos" -> "'";
					default -> "&";
				};
			}
			return Matcher.quoteReplacement(decoded);
		});
	}

	/** The same escaping as {@link DefaultPassageFormatter}, for text without a match. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#x27;");
				case '/' -> out.append("&#x2F;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
