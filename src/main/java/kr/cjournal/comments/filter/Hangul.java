package kr.cjournal.comments.filter;

/**
 * Hangul arithmetic the filter needs: syllables to jamo and back (code − 0xAC00: initial /588,
 * medial /28 %21, final %28), conjoining jamo (what NFKC makes of ㅅ) back to the compatibility
 * jamo people type, and the 2-set keyboard (두벌식), so {@code tlqkf} reads as what was meant.
 */
final class Hangul {

	static final char FIRST_SYLLABLE = '\uAC00';

	static final char LAST_SYLLABLE = '\uD7A3';

	/** The 19 initial consonants in Unicode order, as compatibility jamo. */
	static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

	/** The 21 medial vowels in Unicode order (also the order of the compatibility vowels ㅏ..ㅣ). */
	static final String MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";

	/** The 27 final consonants after "no final", as compatibility jamo. */
	static final String FINALS = "\0ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

	/** Vowel pairs typed as two keys that make one vowel: ㅗ+ㅏ = ㅘ ... */
	private static final String[] VOWEL_PAIRS = { "ㅗㅏㅘ", "ㅗㅐㅙ", "ㅗㅣㅚ", "ㅜㅓㅝ", "ㅜㅔㅞ", "ㅜㅣㅟ", "ㅡㅣㅢ" };

	/** Consonant pairs that make one final: ㄹ+ㄱ = ㄺ ... */
	private static final String[] FINAL_PAIRS = { "ㄱㅅㄳ", "ㄴㅈㄵ", "ㄴㅎㄶ", "ㄹㄱㄺ", "ㄹㅁㄻ", "ㄹㅂㄼ", "ㄹㅅㄽ", "ㄹㅌㄾ",
			"ㄹㅍㄿ", "ㄹㅎㅀ", "ㅂㅅㅄ" };

	/** 2-set keyboard, lower case keys a..z. */
	private static final String KEYS = "ㅁㅠㅊㅇㄷㄹㅎㅗㅑㅓㅏㅣㅡㅜㅐㅔㅂㄱㄴㅅㅕㅍㅈㅌㅛㅋ";

	private Hangul() {
	}

	static boolean isSyllable(char c) {
		return c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE;
	}

	/** Compatibility consonants ㄱ..ㅎ (U+3131..U+314E). */
	static boolean isConsonant(char c) {
		return c >= '\u3131' && c <= '\u314E';
	}

	/** Compatibility vowels ㅏ..ㅣ (U+314F..U+3163). */
	static boolean isVowel(char c) {
		return c >= '\u314F' && c <= '\u3163';
	}

	static boolean isJamo(char c) {
		return isConsonant(c) || isVowel(c);
	}

	static boolean isHangul(char c) {
		return isSyllable(c) || isJamo(c);
	}

	static char syllable(int initial, int medial, int fin) {
		return (char) (FIRST_SYLLABLE + (initial * 21 + medial) * 28 + fin);
	}

	static int initialOf(char syllable) {
		return (syllable - FIRST_SYLLABLE) / 588;
	}

	static int medialOf(char syllable) {
		return (syllable - FIRST_SYLLABLE) / 28 % 21;
	}

	static int finalOf(char syllable) {
		return (syllable - FIRST_SYLLABLE) % 28;
	}

	/** The compatibility jamo for a conjoining one (U+1100..U+11FF), or the character itself. */
	static char compatible(char c) {
		if (c >= '\u1100' && c <= '\u1112') {
			return INITIALS.charAt(c - '\u1100');
		}
		if (c >= '\u1161' && c <= '\u1175') {
			return MEDIALS.charAt(c - '\u1161');
		}
		if (c >= '\u11A8' && c <= '\u11C2') {
			return FINALS.charAt(c - '\u11A8' + 1);
		}
		return c;
	}

	/** The jamo a key of the 2-set keyboard types, shift included (T is ㅆ); 0 for anything else. */
	static char typed(char key) {
		switch (key) {
			case 'Q': return 'ㅃ';
			case 'W': return 'ㅉ';
			case 'E': return 'ㄸ';
			case 'R': return 'ㄲ';
			case 'T': return 'ㅆ';
			case 'O': return 'ㅒ';
			case 'P': return 'ㅖ';
			default:
		}
		char lower = Character.toLowerCase(key);
		return lower >= 'a' && lower <= 'z' ? KEYS.charAt(lower - 'a') : 0;
	}

	static int initialIndex(char consonant) {
		return INITIALS.indexOf(consonant);
	}

	static int finalIndex(char consonant) {
		int i = FINALS.indexOf(consonant, 1);
		return i < 0 ? 0 : i;
	}

	static char vowelPair(char first, char second) {
		return pair(VOWEL_PAIRS, first, second);
	}

	static char finalPair(char first, char second) {
		return pair(FINAL_PAIRS, first, second);
	}

	private static char pair(String[] pairs, char first, char second) {
		for (String p : pairs) {
			if (p.charAt(0) == first && p.charAt(1) == second) {
				return p.charAt(2);
			}
		}
		return 0;
	}

	/** Whether two vowels sound alike when one is drawn out: 씨이 (ㅣ after ㅣ), 뷔이, 봐아. */
	static boolean drawnOut(int previousMedial, int medial) {
		char p = MEDIALS.charAt(previousMedial);
		char m = MEDIALS.charAt(medial);
		if (p == m) {
			return true;
		}
		return switch (m) {
			case 'ㅣ' -> p == 'ㅢ' || p == 'ㅟ' || p == 'ㅚ';
			case 'ㅏ' -> p == 'ㅑ' || p == 'ㅘ';
			case 'ㅓ' -> p == 'ㅕ' || p == 'ㅝ';
			case 'ㅗ' -> p == 'ㅛ';
			case 'ㅜ' -> p == 'ㅠ';
			default -> false;
		};
	}
}
