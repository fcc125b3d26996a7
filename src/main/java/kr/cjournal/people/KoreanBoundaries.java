package kr.cjournal.people;

import java.util.Set;

/**
 * Where a name may start and end in Korean text. Korean attaches particles to the word they
 * follow (최태원은, SK하이닉스가, 한울전자에서는), so a name ends where a particle, suffix or
 * title starts; it never starts inside another word. Latin names (MS, SK) need Latin word
 * boundaries, so MS is not found inside MSCI.
 */
final class KoreanBoundaries {

	/** Particles and suffixes that may follow a name; up to three chain (에서는, 에게도, 과의). */
	private static final Set<String> PARTICLES = Set.of("은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "만",
			"에", "에게", "에서", "께", "께서", "으로", "로", "이나", "나", "이며", "며", "이다", "다", "라고", "이라고", "측",
			"등", "씨", "님", "들", "까지", "부터", "보다", "처럼", "마저", "조차", "이랑", "랑", "하고", "에도", "이고", "고",
			"이었다", "였다", "입니다", "이라는", "라는", "이란", "란", "으로서", "로서", "으로부터", "로부터", "한테", "야", "이야",
			"이지만", "지만", "이자", "였던", "이던", "던", "와의", "과의", "로선", "으론", "론", "엔", "에선", "선", "요");

	/** Titles that sometimes follow a name without a space (최태원회장). */
	private static final Set<String> TITLES = Set.of("회장", "부회장", "사장", "부사장", "대표", "대표이사", "전무", "상무",
			"이사", "의장", "행장", "장관", "차관", "의원", "위원장", "원장", "총재", "청장", "실장", "본부장", "센터장", "연구원",
			"교수", "변호사", "총리", "대통령", "시장", "지사", "창업자", "창업주", "고문", "명예회장");

	/** Longer than any title and particles after a name (명예회장, then up to three particles). */
	private static final int LONGEST_ENDING = 4 + 3 * 4;

	private KoreanBoundaries() {
	}

	static boolean startsAt(CharSequence text, int start, String surface) {
		if (start == 0) {
			return true;
		}
		char before = text.charAt(start - 1);
		return !Character.isLetterOrDigit(before);
	}

	/** Whether a name ending before {@code end} (exclusive) is a whole word, perhaps with a particle. */
	static boolean endsAt(CharSequence text, int end, String surface) {
		if (end >= text.length()) {
			return true;
		}
		char after = text.charAt(end);
		if (!Character.isLetterOrDigit(after)) {
			return true;
		}
		if (!isHangul(after)) {
			return false;
		}
		int runEnd = end;
		while (runEnd < text.length() && isHangul(text.charAt(runEnd))) {
			runEnd++;
			if (runEnd - end > LONGEST_ENDING) {
				// Longer than any title with particles: part of a longer word, and no need to read on.
				return false;
			}
		}
		String rest = text.subSequence(end, runEnd).toString();
		if (runEnd < text.length() && Character.isLetterOrDigit(text.charAt(runEnd))) {
			return false;
		}
		return particles(rest, 3) || TITLES.contains(rest) || titleThenParticles(rest);
	}

	static boolean isHangul(char c) {
		return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
	}

	private static boolean titleThenParticles(String rest) {
		for (String title : TITLES) {
			if (rest.startsWith(title) && particles(rest.substring(title.length()), 2)) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code rest} is a chain of at most {@code pieces} particles. */
	private static boolean particles(String rest, int pieces) {
		if (rest.isEmpty()) {
			return true;
		}
		if (pieces == 0) {
			return false;
		}
		for (int length = Math.min(4, rest.length()); length >= 1; length--) {
			if (PARTICLES.contains(rest.substring(0, length)) && particles(rest.substring(length), pieces - 1)) {
				return true;
			}
		}
		return false;
	}
}
