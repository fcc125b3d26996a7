package kr.cjournal.comments.filter;

/**
 * The views of a text the filter matches words in. Word lists go through the same views, so a
 * word and a text written the same way always meet.
 */
final class Views {

	/** Hangul, Latin letters and digits, separators and symbols gone: 씨 발, 씨@발, c8, sibal. */
	static final Seq.Mapping LETTERS = (l, i) -> switch (l.kinds[i]) {
		case Letters.SYLLABLE, Letters.JAMO, Letters.LATIN, Letters.DIGIT -> l.chars[i];
		default -> 0;
	};

	/** Hangul only: 시1발, 씨a발. */
	static final Seq.Mapping HANGUL = (l, i) -> l.isHangul(i) ? l.chars[i] : 0;

	/** Hangul with the letters that look like jamo beside it read as jamo: ㅅ1발, ^ㅣ발, 병0신. */
	static final Seq.Mapping LOOK_ALIKES = (l, i) -> {
		if (l.isHangul(i)) {
			return l.chars[i];
		}
		char c = l.chars[i];
		if (c == '^') {
			return 'ㅅ';
		}
		if (!l.isHangul(i - 1) && !l.isHangul(i + 1)) {
			return 0;
		}
		return switch (c) {
			case '1', 'l', '|', '!', 'i' -> 'ㅣ';
			case '0', 'o' -> 'ㅇ';
			case '7' -> 'ㄱ';
			default -> 0;
		};
	};

	/** Latin with digits and symbols that look like letters read as those letters: sh1t, s1bal, f@ck. */
	static final Seq.Mapping LATIN_LOOK_ALIKES = (l, i) -> {
		byte kind = l.kinds[i];
		if (kind == Letters.SYLLABLE || kind == Letters.JAMO || kind == Letters.LATIN) {
			return l.chars[i];
		}
		boolean besideLatin = (i > 0 && l.kinds[i - 1] == Letters.LATIN)
				|| (i + 1 < l.length && l.kinds[i + 1] == Letters.LATIN);
		if (!besideLatin) {
			return kind == Letters.DIGIT ? l.chars[i] : 0;
		}
		return switch (l.chars[i]) {
			case '1', '!', '|' -> 'i';
			case '0' -> 'o';
			case '3' -> 'e';
			case '4', '@' -> 'a';
			case '5', '$' -> 's';
			default -> kind == Letters.DIGIT ? l.chars[i] : 0;
		};
	};

	/** Latin letters read as keys of the 2-set keyboard, without shift: tlqkf, qudtls. */
	static final Seq.Mapping KEYBOARD = (l, i) -> l.kinds[i] == Letters.LATIN ? Hangul.typed(l.chars[i])
			: l.isHangul(i) ? l.chars[i] : 0;

	/** The same with shift as typed: Tlqkf is ㅆㅣㅂㅏㄹ. */
	static final Seq.Mapping KEYBOARD_SHIFTED = (l, i) -> l.kinds[i] == Letters.LATIN ? Hangul.typed(l.cased[i])
			: l.isHangul(i) ? l.chars[i] : 0;

	/** What allow-list entries are found in: words and digits (and Hanja: 丙申年), one space between tokens. */
	static final Seq.Mapping ALLOW = (l, i) -> l.kinds[i] == Letters.OTHER ? 0 : l.chars[i];

	private Views() {
	}

	static Seq letters(Letters l) {
		return Seq.of(l, LETTERS, false).recombined().collapsed();
	}

	static Seq hangul(Letters l, Seq.Mapping mapping) {
		return Seq.of(l, mapping, false).recombined().withoutLooseVowels().collapsed();
	}

	static Seq allow(Letters l) {
		return Seq.of(l, ALLOW, true).recombined();
	}

	/** Hangul with token boundaries kept, for 초성 tokens (ㅅㅂ, ㅂ ㅅ, ㅅ.ㅂ). */
	static Seq initials(Letters l) {
		return Seq.of(l, HANGUL, true).recombined();
	}

	static boolean hasLookAlike(Letters l) {
		for (int i = 0; i < l.length; i++) {
			if (!l.isHangul(i) && LOOK_ALIKES.map(l, i) != 0) {
				return true;
			}
		}
		return false;
	}
}
