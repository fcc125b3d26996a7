package kr.cjournal.exchange.imports;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import kr.cjournal.newsroom.Draft;

/**
 * The Markdown pieces {@link HtmlToMarkdown} writes: escaped text, paragraphs with their bold and
 * italic, lists, quotes, tables, pictures. While a paragraph is written, bold, italic and line
 * breaks are private-use marks ({@link #BOLD_OPEN} ...), resolved by {@link #paragraph}.
 */
final class MarkdownText {

	static final char BOLD_OPEN = '\uE000';

	static final char BOLD_CLOSE = '\uE001';

	static final char ITALIC_OPEN = '\uE002';

	static final char ITALIC_CLOSE = '\uE003';

	static final char BREAK = '\uE004';

	/** Control characters (tabs and newlines are spacing), the marks above, byte-order marks. */
	private static final Pattern UNWANTED = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\uE000-\\uE004\\uFEFF\\uFFFE\\uFFFF]");

	private static final Pattern SPACING = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u3000]+");

	private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=[#A-Za-z])");

	private static final Pattern LINE_NUMBER = Pattern.compile("^(\\d{1,9})([.)])");

	private static final Pattern LINE_MARK = Pattern.compile("^([-+=])");

	private MarkdownText() {
	}

	/** A finished block of Markdown; lists are told apart for how they join an item's text. */
	record Block(String text, boolean list) {
	}

	static String clean(String text) {
		return text == null ? "" : UNWANTED.matcher(text).replaceAll("").replace("\r\n", "\n").replace('\r', '\n');
	}

	static String collapse(String text) {
		return SPACING.matcher(text).replaceAll(" ");
	}

	static String oneLine(String text) {
		return collapse(clean(text)).strip();
	}

	/** Plain words as Markdown that shows them as they are. */
	static String escape(String words) {
		return ENTITY_LIKE.matcher(Draft.escapeMarkdown(words)).replaceAll("\\\\&");
	}

	static boolean isBlank(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && (c < BOLD_OPEN || c > BREAK)) {
				return false;
			}
		}
		return true;
	}

	static boolean isWebUrl(String url) {
		if (url == null || url.length() > 2000) {
			return false;
		}
		String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
		if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
			return false;
		}
		try {
			return URI.create(destination(url)).getHost() != null;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** A link or picture address as a Markdown destination: spaces, brackets and quotes encoded. */
	static String destination(String url) {
		StringBuilder out = new StringBuilder();
		for (byte b : url.strip().getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c <= 0x20 || c >= 0x7f || "()<>\"'\\`{}|^[]".indexOf(c) >= 0) {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
			else {
				out.append((char) c);
			}
		}
		return out.toString();
	}

	/** {@code ![alt](destination "caption")}; a caption holding {@code |} ends with one, naming no credit. */
	static String image(HtmlToMarkdown.Placed placed) {
		String alt = escape(oneLine(placed.alt() == null ? "" : placed.alt()));
		String caption = oneLine(placed.caption() == null ? "" : placed.caption());
		StringBuilder out = new StringBuilder("![").append(alt).append("](").append(placed.destination());
		if (!caption.isEmpty()) {
			out.append(" \"").append(caption.replace("\\", "\\\\").replace("\"", "\\\""));
			out.append(caption.contains("|") ? " |\"" : "\"");
		}
		return out.append(')').toString();
	}

	static String join(List<Block> blocks) {
		StringBuilder out = new StringBuilder();
		for (Block block : blocks) {
			if (!out.isEmpty()) {
				out.append("\n\n");
			}
			out.append(block.text());
		}
		return out.toString();
	}

	static String quote(List<Block> blocks) {
		StringBuilder out = new StringBuilder();
		for (Block block : blocks) {
			if (!out.isEmpty()) {
				out.append("\n>\n");
			}
			out.append(prefixLines(block.text(), "> ", "> "));
		}
		return out.toString();
	}

	static String list(List<List<Block>> items, boolean ordered, int start) {
		StringBuilder out = new StringBuilder();
		int number = start > 0 ? start : 1;
		for (List<Block> item : items) {
			String marker = ordered ? (number++) + ". " : "- ";
			String indent = " ".repeat(marker.length());
			if (!out.isEmpty()) {
				out.append('\n');
			}
			for (int i = 0; i < item.size(); i++) {
				Block block = item.get(i);
				if (i > 0) {
					out.append(block.list() ? "\n" : "\n\n");
				}
				out.append(prefixLines(block.text(), i == 0 ? marker : indent, indent));
			}
		}
		return out.toString();
	}

	private static String prefixLines(String text, String first, String rest) {
		String[] lines = text.split("\n", -1);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append('\n');
			}
			if (!lines[i].isEmpty() || i == 0) {
				out.append(i == 0 ? first : rest).append(lines[i]);
			}
		}
		return out.toString();
	}

	/**
	 * A simple table (text in its cells, no tables inside) as a GFM table, its first row the head;
	 * null for any other, whose rows then become paragraphs.
	 */
	static String table(Element table) {
		if (!table.select("table table, img, ul, ol, blockquote").isEmpty()) {
			return null;
		}
		List<List<String>> rows = new ArrayList<>();
		int width = 0;
		for (Element row : table.select("tr")) {
			List<String> cells = new ArrayList<>();
			for (Element cell : row.children()) {
				if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
					cells.add(escape(HtmlToMarkdown.text(cell.html())));
				}
			}
			if (!cells.isEmpty()) {
				rows.add(cells);
				width = Math.max(width, cells.size());
			}
		}
		if (rows.isEmpty() || width < 2) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (int r = 0; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			out.append('|');
			for (int c = 0; c < width; c++) {
				out.append(' ').append(c < cells.size() ? cells.get(c) : "").append(" |");
			}
			out.append('\n');
			if (r == 0) {
				out.append("|").append(" --- |".repeat(width)).append('\n');
			}
		}
		return out.toString().strip();
	}

	/**
	 * The paragraph written so far as Markdown: its emphasis resolved, line breaks as hard breaks
	 * (spaces in a subhead), each line's start escaped where Markdown would read a list or a heading
	 * underline.
	 */
	static String paragraph(CharSequence inline, boolean heading) {
		String text = Emphasis.resolve(inline);
		StringBuilder out = new StringBuilder();
		for (String line : text.split(String.valueOf(BREAK))) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				continue;
			}
			stripped = LINE_NUMBER.matcher(stripped).replaceFirst("$1\\\\$2");
			stripped = LINE_MARK.matcher(stripped).replaceFirst("\\\\$1");
			if (!out.isEmpty()) {
				out.append(heading ? " " : "\\\n");
			}
			out.append(stripped);
		}
		return out.toString();
	}
}
