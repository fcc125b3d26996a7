package kr.cjournal.people.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of the text between spaces, with the punctuation around it taken off: {@code core} is
 * what is left, {@code start} its UTF-16 offset in the text. {@code breakBefore}/{@code breakAfter}
 * say whether punctuation (a comma, a full stop, a quote) separates it from its neighbours.
 */
record Token(String core, int start, boolean breakBefore, boolean breakAfter) {

	private static final String LEADING = "\"'“”‘’<([{「『《〈*_#>~=·-";

	private static final String TRAILING = ",.;:!?\"'“”‘’>)]}」』》〉…*_~·";

	int end() {
		return start + core.length();
	}

	/**
	 * The word and, when it ends in one, the word without its particle (회장은 → 회장 + 은). A word
	 * longer than any name, title or organisation has only itself.
	 */
	List<String[]> stems() {
		List<String[]> stems = new ArrayList<>();
		stems.add(new String[] { core, "" });
		if (core.length() > Lexicon.LONGEST_WORD) {
			return stems;
		}
		for (String particle : Lexicon.PARTICLES_BY_LAST.getOrDefault(core.charAt(core.length() - 1), List.of())) {
			if (core.length() > particle.length() && core.endsWith(particle)) {
				stems.add(new String[] { core.substring(0, core.length() - particle.length()), particle });
			}
		}
		return stems;
	}

	static List<Token> split(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			int from = i;
			while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			if (i > from) {
				Token token = of(text, from, i);
				if (token != null) {
					tokens.add(token);
				}
			}
		}
		return tokens;
	}

	private static Token of(String text, int from, int to) {
		int start = from;
		int end = to;
		while (start < end && LEADING.indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0 && !closesBracket(text, start, end)) {
			end--;
		}
		if (start == end) {
			return null;
		}
		return new Token(text.substring(start, end), start, start > from, end < to);
	}

	/**
	 * A ) that closes a ( inside the word, as in 최고경영자(CEO), stays. Looks back only to the
	 * nearest bracket, so a run of ))))) costs one step per bracket.
	 */
	private static boolean closesBracket(String text, int start, int end) {
		if (text.charAt(end - 1) != ')') {
			return false;
		}
		for (int k = end - 2; k >= start; k--) {
			char c = text.charAt(k);
			if (c == '(' || c == ')') {
				return c == '(';
			}
		}
		return false;
	}
}
