package kr.cjournal.comments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The 400-byte rule and how a comment's text is cleaned before it is counted and stored. The box's
 * counter mirrors {@link #bytes}: count the code points of the NFC text, 1 byte for each below
 * U+0080 (ASCII), 2 for every other (a Hangul syllable, a CJK character, an emoji: one code point
 * is 2 bytes; an emoji made of several code points joined by U+200D counts 2 for each), so 200
 * Hangul syllables fill the box. In JavaScript:
 * {@code for (const c of text.normalize('NFC')) n += c.codePointAt(0) < 0x80 ? 1 : 2;}
 */
public final class CommentText {

	/** The most a comment may hold, in the bytes of {@link #bytes}. */
	public static final int MAX_BYTES = 400;

	/** More than two blank lines in a row (lines holding only spaces count as blank). */
	private static final Pattern BLANK_LINES = Pattern.compile("\n(?:[ \\t\\u3000]*\n){3,}");

	private CommentText() {
	}

	/** The box's count: 1 for an ASCII code point, 2 for any other, of the NFC text. */
	public static int bytes(String text) {
		if (text == null) {
			return 0;
		}
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		int bytes = 0;
		for (int i = 0; i < nfc.length();) {
			int codePoint = nfc.codePointAt(i);
			bytes += codePoint < 0x80 ? 1 : 2;
			i += Character.charCount(codePoint);
		}
		return bytes;
	}

	/**
	 * The text as it is stored: NFC, line breaks as {@code \n}, tabs as spaces, every other control
	 * character dropped, more than two blank lines in a row cut to two, white space around the whole
	 * stripped; otherwise exactly as typed. Never null.
	 */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder kept = new StringBuilder(nfc.length());
		for (int i = 0; i < nfc.length();) {
			int codePoint = nfc.codePointAt(i);
			i += Character.charCount(codePoint);
			if (codePoint == '\t') {
				kept.append(' ');
			}
			else if (codePoint == '\n' || Character.getType(codePoint) != Character.CONTROL) {
				kept.appendCodePoint(codePoint);
			}
		}
		return BLANK_LINES.matcher(kept).replaceAll("\n\n\n").strip();
	}

	/**
	 * Whether the text shows anything: a code point other than white space, control and format
	 * characters (zero-width spaces and joiners, bidi marks, BOM), combining marks on their own,
	 * variation selectors and the blank fillers (Hangul fillers U+3164, U+115F, U+1160, U+FFA0,
	 * braille blank U+2800).
	 */
	public static boolean isVisible(String text) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (!invisible(codePoint)) {
				return true;
			}
		}
		return false;
	}

	private static boolean invisible(int codePoint) {
		if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
			return true;
		}
		switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR,
					Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE:
				return true;
			default:
				return codePoint == 0x3164 || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0xFFA0
						|| codePoint == 0x2800 || codePoint == 0x180E;
		}
	}

	/**
	 * What "the same text" means for the ten-minute rule: SHA-256 (hex) of the NFKC text without
	 * white space or format characters, in lower case, so 좋은 기사 and 좋은기사 are the same.
	 */
	public static String key(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder kept = new StringBuilder(folded.length());
		folded.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT
					&& Character.getType(c) != Character.CONTROL)
			.forEach(kept::appendCodePoint);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(kept.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}
}
