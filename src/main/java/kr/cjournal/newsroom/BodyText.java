package kr.cjournal.newsroom;

import java.util.List;
import java.util.Set;

import org.owasp.html.HtmlSanitizer;

/**
 * A published body as plain text, for systems that take no markup (ninjs {@code text/plain}):
 * paragraphs, headings, list items, quotes and table rows each a block, blocks separated by a
 * blank line, line breaks kept, entities decoded, no tags. Photo figures are left out (they
 * travel as pictures of their own), and so is anything the body holds that is not text.
 */
public final class BodyText {

	private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "tr",
			"pre", "ul", "ol", "table", "hr", "div");

	private static final Set<String> CELLS = Set.of("td", "th");

	private BodyText() {
	}

	/** The text of a stored body ({@code body_html}); empty for an empty or missing body. */
	public static String of(String bodyHtml) {
		if (bodyHtml == null || bodyHtml.isBlank()) {
			return "";
		}
		Collector text = new Collector();
		HtmlSanitizer.sanitize(bodyHtml, text);
		return text.result();
	}

	private static final class Collector implements HtmlSanitizer.Policy {

		private final StringBuilder out = new StringBuilder();

		private final StringBuilder block = new StringBuilder();

		private int figures;

		private int pre;

		private boolean cellSeen;

		@Override
		public void openDocument() {
		}

		@Override
		public void closeDocument() {
			endBlock();
		}

		@Override
		public void openTag(String element, List<String> attributes) {
			if ("figure".equals(element)) {
				figures++;
			}
			else if (figures > 0) {
				return;
			}
			else if ("br".equals(element)) {
				block.append('\n');
			}
			else if (BLOCKS.contains(element)) {
				endBlock();
				if ("pre".equals(element)) {
					pre++;
				}
				cellSeen = false;
			}
			else if (CELLS.contains(element)) {
				if (cellSeen) {
					block.append('\t');
				}
				cellSeen = true;
			}
		}

		@Override
		public void closeTag(String element) {
			if ("figure".equals(element)) {
				figures = Math.max(0, figures - 1);
			}
			else if (figures == 0 && BLOCKS.contains(element)) {
				endBlock();
				if ("pre".equals(element)) {
					pre = Math.max(0, pre - 1);
				}
			}
		}

		@Override
		public void text(String text) {
			if (figures == 0) {
				block.append(pre > 0 ? text : text.replace('\u00a0', ' ').replaceAll("\\s+", " "));
			}
		}

		String result() {
			endBlock();
			return out.toString();
		}

		/** Ends the block being collected: spaces tidied per line, a blank line before it unless first. */
		private void endBlock() {
			String done = pre > 0 ? block.toString().strip()
					: String.join("\n", block.toString().lines().map(line -> line.replaceAll(" {2,}", " ").strip()).toList())
						.strip();
			block.setLength(0);
			if (done.isEmpty()) {
				return;
			}
			if (!out.isEmpty()) {
				out.append("\n\n");
			}
			out.append(done);
		}
	}
}
