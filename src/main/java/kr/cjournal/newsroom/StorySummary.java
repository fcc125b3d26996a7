package kr.cjournal.newsroom;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The plain-text lead of a story that teasers, the meta description, social cards and JSON-LD
 * show: the words of its first paragraph (not a photo) without the dateline, cut near
 * {@value #LENGTH} characters at a space. It is made from the Markdown's tree, taking only what
 * a reader sees as words: link texts without their addresses, an inline image's description,
 * code as its letters, never raw HTML, emphasis marks (even those CommonMark leaves as text) or
 * footnote markers like {@code [^1]}.
 * Linear in the length of the story: no regular expression runs over its text.
 */
final class StorySummary {

	static final int LENGTH = 140;

	private static final int DATELINE_MAX = 20;

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private StorySummary() {
	}

	/** The summary of a story written in Markdown. */
	static String of(String markdown) {
		return of(PARSER.parse(markdown == null ? "" : markdown));
	}

	/** The summary of a parsed story (links to people and companies may have been added). */
	static String of(Node document) {
		Node lead = lead(document);
		if (lead == null) {
			return "";
		}
		StringBuilder words = new StringBuilder();
		lead.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				appendWithoutEmphasisMarks(words, text.getLiteral());
			}

			@Override
			public void visit(Code code) {
				words.append(code.getLiteral());
			}

			@Override
			public void visit(SoftLineBreak softLineBreak) {
				words.append(' ');
			}

			@Override
			public void visit(HardLineBreak hardLineBreak) {
				words.append(' ');
			}

			@Override
			public void visit(HtmlInline htmlInline) {
			}

			@Override
			public void visit(HtmlBlock htmlBlock) {
			}

			@Override
			public void visit(Image image) {
				apart(image);
			}

			@Override
			public void visit(Link link) {
				// A bare address the autolinker turned into a link is no words to a reader.
				String text = textOf(link).strip();
				if (text.isEmpty() || !link.getDestination().endsWith(text)) {
					visitChildren(link);
				}
			}

			@Override
			public void visit(Paragraph paragraph) {
				apart(paragraph);
			}

			@Override
			public void visit(Heading heading) {
				apart(heading);
			}

			@Override
			public void visit(ListItem listItem) {
				apart(listItem);
			}

			@Override
			public void visit(CustomNode customNode) {
				apart(customNode);
			}

			@Override
			public void visit(CustomBlock customBlock) {
				apart(customBlock);
			}

			private void apart(Node node) {
				words.append(' ');
				visitChildren(node);
				words.append(' ');
			}
		});
		return cut(withoutDateline(withoutEmptyBrackets(withoutFootnoteMarks(collapse(words)))));
	}

	/** The first paragraph that is not a photo; failing that, the first block with words. */
	private static Node lead(Node document) {
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			if (block instanceof Paragraph paragraph && !StoryMarkdown.isPhoto(paragraph)) {
				return block;
			}
		}
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			if (!(block instanceof HtmlBlock) && !(block instanceof Paragraph paragraph && StoryMarkdown.isPhoto(paragraph))
					&& !collapse(new StringBuilder(textOf(block))).isEmpty()) {
				return block;
			}
		}
		return null;
	}

	private static String textOf(Node block) {
		StringBuilder text = new StringBuilder();
		block.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}
		});
		return text.toString();
	}

	/**
	 * Appends the text without runs of two or more {@code *} or {@code _}: emphasis CommonMark
	 * did not take as such, as in {@code **"한울"**이} or {@code __이익__은}, where a particle follows.
	 */
	private static void appendWithoutEmphasisMarks(StringBuilder words, String literal) {
		int i = 0;
		while (i < literal.length()) {
			char c = literal.charAt(i);
			int run = i;
			while ((c == '*' || c == '_') && run < literal.length() && literal.charAt(run) == c) {
				run++;
			}
			if (run - i >= 2) {
				i = run;
			}
			else {
				words.append(c);
				i++;
			}
		}
	}

	/** Runs of white space (and control characters) as one space, none at either end. */
	private static String collapse(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
				space = out.length() > 0;
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Leaves out footnote markers such as {@code [^1]} or {@code [^주]}: a reader cannot follow them here. */
	private static String withoutFootnoteMarks(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			int end = text.startsWith("[^", i) ? footnoteEnd(text, i + 2) : -1;
			if (end < 0) {
				out.append(text.charAt(i));
				i++;
			}
			else {
				i = end + 1;
			}
		}
		return collapse(out);
	}

	/** Where a footnote label starting at {@code from} closes, or -1 when it is no short label. */
	private static int footnoteEnd(String text, int from) {
		int limit = Math.min(text.length(), from + DATELINE_MAX + 1);
		for (int i = from; i < limit; i++) {
			char c = text.charAt(i);
			if (c == ']') {
				return i > from ? i : -1;
			}
			if (c == ' ' || c == '[') {
				return -1;
			}
		}
		return -1;
	}

	/** Leaves out the {@code ()} an address left out leaves behind, and the space before it. */
	private static String withoutEmptyBrackets(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' && i + 1 < text.length() && text.charAt(i + 1) == ')') {
				while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
					out.setLength(out.length() - 1);
				}
				i++;
			}
			else {
				out.append(c);
			}
		}
		return collapse(out);
	}

	/** Leaves out a leading dateline such as {@code [씨저널]} or {@code [서울=씨저널 김철수 기자]}. */
	private static String withoutDateline(String text) {
		if (!text.startsWith("[")) {
			return text;
		}
		int limit = Math.min(text.length(), DATELINE_MAX + 2);
		for (int i = 1; i < limit; i++) {
			if (text.charAt(i) == ']') {
				return i > 1 ? text.substring(i + 1).strip() : text;
			}
		}
		return text;
	}

	/** At most {@value #LENGTH} characters, cut at a space in the second half when there is one. */
	private static String cut(String lead) {
		if (lead.length() <= LENGTH) {
			return lead;
		}
		int cut = lead.lastIndexOf(' ', LENGTH);
		int end = cut > LENGTH / 2 ? cut : LENGTH;
		if (Character.isHighSurrogate(lead.charAt(end - 1))) {
			end--;
		}
		return lead.substring(0, end).strip() + "…";
	}
}
