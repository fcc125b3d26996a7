package kr.cjournal.comments.filter;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text as the filter reads it: NFKC per character (full-width and circled letters become plain
 * ones; the conjoining jamo NFKC makes of ㅅ are turned back into ㅅ), zero-width, control and
 * combining characters gone, lower case, and whitespace reduced to token boundaries. Each kept
 * character remembers the span of the original it came from and the whitespace-separated token
 * it sits in, so every view built from it ({@link Seq}) can point back at the words as written.
 */
final class Letters {

	static final byte SYLLABLE = 1, JAMO = 2, LATIN = 3, DIGIT = 4, HAN = 5, OTHER = 6;

	final char[] chars;

	/** The character before lower-casing, for the keyboard's shift keys (T is ㅆ, t is ㅅ). */
	final char[] cased;

	final byte[] kinds;

	final int[] from;

	final int[] to;

	final int[] tokens;

	/** Per token, the original offset of its first letter or digit (Integer.MAX_VALUE when it has none). */
	final int[] tokenLead;

	final int length;

	final boolean hasLatin;

	final boolean hasUpperLatin;

	private Letters(char[] chars, char[] cased, byte[] kinds, int[] from, int[] to, int[] tokens, int[] tokenLead,
			int length) {
		this.chars = chars;
		this.cased = cased;
		this.kinds = kinds;
		this.from = from;
		this.to = to;
		this.tokens = tokens;
		this.tokenLead = tokenLead;
		this.length = length;
		boolean latin = false;
		boolean upper = false;
		for (int i = 0; i < length; i++) {
			if (kinds[i] == LATIN) {
				latin = true;
				upper |= cased[i] != chars[i];
			}
		}
		this.hasLatin = latin;
		this.hasUpperLatin = upper;
	}

	static Letters of(String text) {
		int capacity = text.length() + 16;
		char[] chars = new char[capacity];
		char[] cased = new char[capacity];
		byte[] kinds = new byte[capacity];
		int[] from = new int[capacity];
		int[] to = new int[capacity];
		int[] tokens = new int[capacity];
		int[] lead = new int[capacity / 2 + 2];
		Arrays.fill(lead, Integer.MAX_VALUE);
		int n = 0;
		int token = 0;
		boolean spaceBefore = false;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int end = i + Character.charCount(cp);
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
				spaceBefore = true;
				i = end;
				continue;
			}
			String piece = plain(cp);
			for (int k = 0; k < piece.length(); k++) {
				char original = Hangul.compatible(piece.charAt(k));
				if (invisible(original)) {
					continue;
				}
				if (Character.isWhitespace(original) || Character.isSpaceChar(original)) {
					spaceBefore = true;
					continue;
				}
				char c = lookAlikeLatin(Character.toLowerCase(original));
				if (n == chars.length) {
					int grown = chars.length * 2;
					chars = Arrays.copyOf(chars, grown);
					cased = Arrays.copyOf(cased, grown);
					kinds = Arrays.copyOf(kinds, grown);
					from = Arrays.copyOf(from, grown);
					to = Arrays.copyOf(to, grown);
					tokens = Arrays.copyOf(tokens, grown);
				}
				if (spaceBefore && n > 0) {
					token++;
				}
				spaceBefore = false;
				if (token >= lead.length) {
					int old = lead.length;
					lead = Arrays.copyOf(lead, old * 2);
					Arrays.fill(lead, old, lead.length, Integer.MAX_VALUE);
				}
				byte kind = kindOf(c);
				chars[n] = c;
				cased[n] = original;
				kinds[n] = kind;
				from[n] = i;
				to[n] = end;
				tokens[n] = token;
				if (kind != OTHER && lead[token] == Integer.MAX_VALUE) {
					lead[token] = i;
				}
				n++;
			}
			i = end;
		}
		return new Letters(chars, cased, kinds, from, to, tokens, lead, n);
	}

	/** NFKC of one code point; ASCII and Hangul (which NFKC would only mangle) stay as they are. */
	private static String plain(int cp) {
		if (cp < 0x80 || (cp >= Hangul.FIRST_SYLLABLE && cp <= Hangul.LAST_SYLLABLE) || (cp >= 0x3131 && cp <= 0x3163)) {
			return Character.toString(cp);
		}
		return Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
	}

	/** Zero-width, control, format and combining characters, and the Hangul fillers. */
	private static boolean invisible(char c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.NON_SPACING_MARK
				|| type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
				|| c == '\u3164' || c == '\u115F' || c == '\u1160' || c == '\uFFA0' || c == '\u200B';
	}

	/** Cyrillic and Greek letters that look Latin, so a mixed-script word reads as one script. */
	private static char lookAlikeLatin(char c) {
		return switch (c) {
			case 'а', 'α' -> 'a';
			case 'е', 'ε' -> 'e';
			case 'о', 'ο' -> 'o';
			case 'р', 'ρ' -> 'p';
			case 'с' -> 'c';
			case 'х', 'χ' -> 'x';
			case 'у' -> 'y';
			case 'і', 'ι' -> 'i';
			case 'к', 'κ' -> 'k';
			default -> c;
		};
	}

	private static byte kindOf(char c) {
		if (Hangul.isSyllable(c)) {
			return SYLLABLE;
		}
		if (Hangul.isJamo(c)) {
			return JAMO;
		}
		if (c >= 'a' && c <= 'z') {
			return LATIN;
		}
		if (c >= '0' && c <= '9') {
			return DIGIT;
		}
		if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
			return HAN;
		}
		return OTHER;
	}

	boolean isHangul(int i) {
		return i >= 0 && i < length && (kinds[i] == SYLLABLE || kinds[i] == JAMO);
	}
}
