package kr.cjournal.exchange.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import kr.cjournal.exchange.imports.HtmlToMarkdown.ImageSink;
import kr.cjournal.exchange.imports.HtmlToMarkdown.Placed;

/**
 * Walks an HTML body for {@link HtmlToMarkdown}, writing Markdown as it goes: inline text into the
 * paragraph at hand, finished paragraphs into the innermost open quote, list or list item. Bold,
 * italic and line breaks are written as marks that {@link MarkdownText#paragraph} resolves once
 * the paragraph is done.
 */
final class MarkdownWriter implements NodeFilter {

	private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "embed", "noscript",
			"template", "svg", "math", "video", "audio", "canvas", "form", "button", "select", "textarea", "input",
			"head", "title", "map", "source", "track", "frameset", "frame", "applet", "link", "meta");

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside",
			"main", "nav", "address", "dd", "dt", "dl", "center", "details", "summary", "hgroup", "caption", "hr",
			"tr", "tbody", "thead", "tfoot", "body");

	/** A run of finished blocks: the body itself, a quote, a list or one item of a list. */
	private static final class Container {

		final String tag;

		final List<MarkdownText.Block> blocks = new ArrayList<>();

		final List<List<MarkdownText.Block>> items = new ArrayList<>();

		int number;

		Container(String tag, int number) {
			this.tag = tag;
			this.number = number;
		}
	}

	private record LinkStart(int position, int paragraph, String url) {
	}

	private final ImageSink images;

	private final boolean absolute;

	private final Deque<Container> containers = new ArrayDeque<>();

	private final Deque<LinkStart> links = new ArrayDeque<>();

	private final Set<Node> handled = Collections.newSetFromMap(new IdentityHashMap<>());

	private final StringBuilder inline = new StringBuilder();

	private int paragraph;

	private int heading;

	private int bold;

	private int italic;

	private int pre;

	MarkdownWriter(ImageSink images, boolean absolute) {
		this.images = images;
		this.absolute = absolute;
		containers.push(new Container("body", 0));
	}

	@Override
	public FilterResult head(Node node, int depth) {
		if (handled.contains(node)) {
			return FilterResult.SKIP_ENTIRELY;
		}
		if (node instanceof TextNode text) {
			appendText(text.getWholeText());
			return FilterResult.CONTINUE;
		}
		if (!(node instanceof Element element)) {
			return FilterResult.SKIP_ENTIRELY; // comments (Gutenberg's <!-- wp:... -->), data
		}
		String tag = element.normalName();
		if (DROPPED.contains(tag)) {
			return FilterResult.SKIP_ENTIRELY;
		}
		switch (tag) {
			case "br" -> inline.append(MarkdownText.BREAK);
			case "h1", "h2", "h3", "h4", "h5", "h6" -> {
				flush();
				heading = tag.charAt(1) - '0';
			}
			case "blockquote" -> open(tag, 0);
			case "ul" -> open(tag, 0);
			case "ol" -> open(tag, Math.max(0, number(element.attr("start"))));
			case "li" -> {
				if (containers.peek().tag.equals("ul") || containers.peek().tag.equals("ol")) {
					open(tag, 0);
				}
				else {
					flush();
				}
			}
			case "pre" -> {
				flush();
				pre++;
			}
			case "figure" -> figure(element);
			case "table" -> {
				String table = MarkdownText.table(element);
				if (table != null) {
					flush();
					containers.peek().blocks.add(new MarkdownText.Block(table, false));
					return FilterResult.SKIP_ENTIRELY;
				}
				flush();
			}
			case "img" -> image(element, "");
			case "a" -> {
				String url = absolute ? element.absUrl("href") : element.attr("href").strip();
				boolean usable = links.stream().allMatch(l -> l.url() == null) && MarkdownText.isWebUrl(url);
				links.push(new LinkStart(inline.length(), paragraph, usable ? url : null));
			}
			case "strong", "b" -> {
				if (bold++ == 0) {
					open(MarkdownText.BOLD_OPEN, MarkdownText.BOLD_CLOSE);
				}
			}
			case "em", "i" -> {
				if (italic++ == 0) {
					open(MarkdownText.ITALIC_OPEN, MarkdownText.ITALIC_CLOSE);
				}
			}
			case "td", "th" -> inline.append(' ');
			default -> {
				if (BLOCKS.contains(tag)) {
					flush();
				}
			}
		}
		return FilterResult.CONTINUE;
	}

	@Override
	public FilterResult tail(Node node, int depth) {
		if (!(node instanceof Element element)) {
			return FilterResult.CONTINUE;
		}
		String tag = element.normalName();
		switch (tag) {
			case "h1", "h2", "h3", "h4", "h5", "h6" -> {
				flush();
				heading = 0;
			}
			case "blockquote", "ul", "ol" -> close(tag);
			case "li" -> {
				if (containers.peek().tag.equals("li")) {
					close(tag);
				}
				else {
					flush();
				}
			}
			case "pre" -> {
				flush();
				pre--;
			}
			case "a" -> link();
			case "strong", "b" -> {
				if (--bold == 0) {
					inline.append(MarkdownText.BOLD_CLOSE);
				}
			}
			case "em", "i" -> {
				if (--italic == 0) {
					inline.append(MarkdownText.ITALIC_CLOSE);
				}
			}
			case "figure", "table" -> flush();
			default -> {
				if (BLOCKS.contains(tag)) {
					flush();
				}
			}
		}
		return FilterResult.CONTINUE;
	}

	String finish() {
		flush();
		while (containers.size() > 1) {
			close(containers.peek().tag);
		}
		return MarkdownText.join(containers.peek().blocks);
	}

	private void appendText(String raw) {
		String text = MarkdownText.clean(raw);
		if (pre > 0) {
			String[] lines = text.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					inline.append(MarkdownText.BREAK);
				}
				appendWords(lines[i]);
			}
		}
		else {
			appendWords(text);
		}
	}

	private void appendWords(String text) {
		String words = MarkdownText.collapse(text);
		if (words.isEmpty()) {
			return;
		}
		boolean lead = words.charAt(0) == ' ';
		boolean trail = words.length() > 1 && words.charAt(words.length() - 1) == ' ';
		String core = words.strip();
		char last = lastWritten();
		if (lead && last != ' ' && last != MarkdownText.BREAK) {
			inline.append(' ');
		}
		if (!core.isEmpty()) {
			inline.append(MarkdownText.escape(core));
			if (trail) {
				inline.append(' ');
			}
		}
	}

	/**
	 * Starts bold or italic, or goes on with the one just ended: {@code <b>a</b><b>b</b>} is
	 * {@code **ab**}, as {@code **a****b**} is not read as emphasis.
	 */
	private void open(char mark, char closing) {
		if (!inline.isEmpty() && inline.charAt(inline.length() - 1) == closing) {
			inline.setLength(inline.length() - 1);
		}
		else {
			inline.append(mark);
		}
	}

	/** The last character written, looking past bold and italic marks; a space at the start. */
	private char lastWritten() {
		for (int i = inline.length() - 1; i >= 0; i--) {
			char c = inline.charAt(i);
			if (c < MarkdownText.BOLD_OPEN || c > MarkdownText.ITALIC_CLOSE) {
				return c;
			}
		}
		return ' ';
	}

	private void link() {
		LinkStart start = links.pop();
		if (start.url() == null || start.paragraph() != paragraph
				|| MarkdownText.isBlank(inline.substring(start.position()))) {
			return;
		}
		inline.insert(start.position(), '[');
		inline.append("](").append(MarkdownText.destination(start.url())).append(')');
	}

	private void figure(Element figure) {
		var pictures = figure.select("img");
		if (pictures.isEmpty()) {
			flush();
			return;
		}
		var caption = figure.selectFirst("figcaption");
		String captionText = caption == null ? "" : HtmlToMarkdown.text(caption.html());
		if (caption != null) {
			handled.add(caption);
		}
		for (Element picture : pictures) {
			image(picture, captionText);
			handled.add(picture);
		}
	}

	private void image(Element img, String caption) {
		String src = source(img);
		if (src.isEmpty()) {
			return;
		}
		Placed placed = images.place(src, MarkdownText.oneLine(img.attr("alt")), caption);
		if (placed == null || placed.destination() == null) {
			return;
		}
		flush();
		containers.peek().blocks.add(new MarkdownText.Block(MarkdownText.image(placed), false));
	}

	/** The picture's address; lazy-loading plug-ins keep it in {@code data-src}. */
	private String source(Element img) {
		for (String attribute : List.of("data-src", "data-lazy-src", "src")) {
			String value = img.attr(attribute).strip();
			if (!value.isEmpty() && !value.startsWith("data:")) {
				return absolute && !img.absUrl(attribute).isEmpty() ? img.absUrl(attribute) : value;
			}
		}
		return "";
	}

	private void open(String tag, int number) {
		flush();
		containers.push(new Container(tag, number));
	}

	private void close(String tag) {
		flush();
		Container done = containers.pop();
		Container parent = containers.peek();
		switch (done.tag) {
			case "li" -> {
				if (!done.blocks.isEmpty()) {
					parent.items.add(done.blocks);
				}
			}
			case "blockquote" -> {
				if (!done.blocks.isEmpty()) {
					parent.blocks.add(new MarkdownText.Block(MarkdownText.quote(done.blocks), false));
				}
			}
			default -> {
				if (!done.items.isEmpty()) {
					parent.blocks.add(new MarkdownText.Block(
							MarkdownText.list(done.items, done.tag.equals("ol"), done.number), true));
				}
			}
		}
	}

	/** Ends the paragraph (or subhead) at hand. */
	private void flush() {
		String text = MarkdownText.paragraph(inline, heading > 0);
		inline.setLength(0);
		paragraph++;
		if (text.isEmpty()) {
			return;
		}
		Container container = containers.peek();
		if (container.tag.equals("ul") || container.tag.equals("ol")) {
			// text between the items of a list: an item of its own
			container.items.add(List.of(new MarkdownText.Block(text, false)));
			return;
		}
		container.blocks.add(new MarkdownText.Block(heading > 0 && heading <= 4 ? "## " + text : text, false));
	}

	private static int number(String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}
}
