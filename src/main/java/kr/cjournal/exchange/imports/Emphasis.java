package kr.cjournal.exchange.imports;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Bold and italic of a paragraph written with marks, as CommonMark reads them. The marks become
 * {@code **} and {@code *} only where CommonMark takes them for emphasis: next to punctuation
 * ({@code **“혁신”**이라고}) it shows the asterisks as text, which can only be told once the text
 * around them is known. Such emphasis is dropped, its words kept; so is a mark left without its
 * pair (emphasis split by a picture or a line break).
 */
final class Emphasis {

	private Emphasis() {
	}

	static String resolve(CharSequence inline) {
		StringBuilder text = new StringBuilder(inline);
		int length = text.length();
		int[] partner = new int[length];
		Arrays.fill(partner, -1);
		Deque<Integer> open = new ArrayDeque<>();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == MarkdownText.BOLD_OPEN || c == MarkdownText.ITALIC_OPEN) {
				open.push(i);
			}
			else if (c == MarkdownText.BOLD_CLOSE || c == MarkdownText.ITALIC_CLOSE) {
				char opening = c == MarkdownText.BOLD_CLOSE ? MarkdownText.BOLD_OPEN : MarkdownText.ITALIC_OPEN;
				// a close with no open of its kind (split by a picture or a line break) is dropped
				if (open.stream().anyMatch(o -> text.charAt(o) == opening)) {
					while (text.charAt(open.peek()) != opening) {
						open.pop();
					}
					int o = open.pop();
					partner[o] = i;
					partner[i] = o;
				}
			}
		}
		boolean[] keep = new boolean[length];
		for (int o = 0; o < length; o++) {
			int c = partner[o];
			if (c > o) {
				int[] kept = keptEmphasis(text, o, c);
				if (kept != null) {
					keep[kept[0]] = true;
					keep[kept[1]] = true;
				}
			}
		}
		StringBuilder out = new StringBuilder(length + 16);
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == MarkdownText.BOLD_OPEN || c == MarkdownText.BOLD_CLOSE) {
				out.append(keep[i] ? "**" : "");
			}
			else if (c == MarkdownText.ITALIC_OPEN || c == MarkdownText.ITALIC_CLOSE) {
				out.append(keep[i] ? "*" : "");
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Moves the marks inside the spaces they enclose ({@code <b> 삼성 </b>}), then answers where they
	 * are when CommonMark reads them as emphasis, or null.
	 */
	private static int[] keptEmphasis(StringBuilder text, int open, int close) {
		char openMark = text.charAt(open);
		char closeMark = text.charAt(close);
		int o = open;
		while (o + 1 < close && text.charAt(o + 1) == ' ') {
			text.setCharAt(o, ' ');
			text.setCharAt(++o, openMark);
		}
		int c = close;
		while (c - 1 > o && text.charAt(c - 1) == ' ') {
			text.setCharAt(c, ' ');
			text.setCharAt(--c, closeMark);
		}
		if (MarkdownText.isBlank(text.substring(o + 1, c))) {
			return null;
		}
		int before = realChar(text, o, -1);
		int first = realChar(text, o, 1);
		int last = realChar(text, c, -1);
		int after = realChar(text, c, 1);
		boolean leftFlanking = !isSpace(first) && (!isPunctuation(first) || isSpace(before) || isPunctuation(before));
		boolean rightFlanking = !isSpace(last) && (!isPunctuation(last) || isSpace(after) || isPunctuation(after));
		return leftFlanking && rightFlanking ? new int[] { o, c } : null;
	}

	/** The nearest character that is neither a mark nor a line break, or -1 at the paragraph's end. */
	private static int realChar(CharSequence text, int from, int step) {
		for (int i = from + step; i >= 0 && i < text.length(); i += step) {
			char c = text.charAt(i);
			if (c == MarkdownText.BREAK) {
				return -1;
			}
			if (c < MarkdownText.BOLD_OPEN || c > MarkdownText.ITALIC_CLOSE) {
				return c;
			}
		}
		return -1;
	}

	private static boolean isSpace(int c) {
		return c < 0 || Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static boolean isPunctuation(int c) {
		if (c < 0) {
			return false;
		}
		if (c < 128) {
			return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
		}
		return switch (Character.getType(c)) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
					Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL ->
				true;
			default -> false;
		};
	}
}
