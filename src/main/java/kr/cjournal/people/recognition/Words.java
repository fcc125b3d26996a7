package kr.cjournal.people.recognition;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The words of one text and what each may be: part of a name (Korean or foreign), an
 * organisation, a byline; used by {@link MentionFinder} around each title it finds.
 */
final class Words {

	/** Parts of an organisation written after its name: 청람건설 노동조합. */
	private static final Set<String> UNITS = Set.of("노동조합", "노조", "이사회", "연구소", "사업부", "사업본부", "재단",
			"지부", "법인", "본부", "리서치센터", "한국법인", "코리아");

	final List<Token> tokens;

	/** Words followed by 기자: a reporter's byline or sign-off, never a person in the story. */
	final boolean[] byline;

	private final Predicate<String> knownOrganization;

	private final String text;

	Words(String text, Predicate<String> knownOrganization) {
		this.text = text;
		this.tokens = Token.split(text);
		this.knownOrganization = knownOrganization;
		this.byline = new boolean[tokens.size()];
		for (int i = 0; i + 1 < tokens.size(); i++) {
			String next = tokens.get(i + 1).core();
			byline[i] = next.equals("기자") || next.equals("특파원") || next.startsWith("기자=");
		}
	}

	/** Tokens [from, to] of a name ending at token i, Korean or foreign; strictKorean off allows 나델라-like shapes. */
	int[] nameEndingAt(int i, boolean afterOrganization) {
		if (i < 0 || !bare(i) || byline[i] || tokens.get(i).breakAfter()) {
			return null;
		}
		String word = tokens.get(i).core();
		if (Lexicon.isKoreanName(word) && !foreignBefore(i)) {
			return new int[] { i, i };
		}
		int[] foreign = foreignEndingAt(i);
		if (foreign != null) {
			return foreign;
		}
		if (afterOrganization && Lexicon.mayBeKoreanName(word) && boundaryBefore(i)) {
			return new int[] { i, i };
		}
		return null;
	}

	/** 에릭 모건: a Korean-looking word after a foreign given name is a foreign family name. */
	boolean foreignBefore(int i) {
		return i > 0 && Lexicon.looksForeign(tokens.get(i - 1).core()) && foreignEndingAt(i) != null;
	}

	/** Two (or three: 응우옌 반 롱) Hangul words that read as a foreign name, after a boundary. */
	int[] foreignEndingAt(int i) {
		for (int length = 2; length <= 3; length++) {
			int from = i - length + 1;
			if (from < 0) {
				return null;
			}
			boolean words = true;
			StringBuilder joined = new StringBuilder();
			// Cheap tests first, and no more once a word fails: this runs around every title of the text.
			for (int k = from; k <= i && words; k++) {
				Token token = tokens.get(k);
				words = !byline[k] && (k == i || spaceAfter(k)) && Lexicon.isNameWord(token.core())
						&& !Lexicon.looksLikeOrganization(token.core())
						&& !endsInParticle(token.core()) && !particleLike(token.core()) && !namesSomethingElse(token)
						&& (k == i || !token.breakAfter()) && (k == from || !token.breakBefore())
						&& !knownOrganization.test(token.core());
				joined.append(token.core());
			}
			if (words && length == 3) {
				String middle = tokens.get(from + 1).core();
				String last = tokens.get(i).core();
				words = middle.length() <= 2 && last.length() <= 2 && (middle.length() == 1 || last.length() == 1);
			}
			if (words && Lexicon.looksForeign(joined.toString()) && boundaryBefore(from)) {
				return new int[] { from, i };
			}
		}
		return null;
	}

	/** One space, not a line break, between token k and the next: a name does not run over lines. */
	private boolean spaceAfter(int k) {
		int end = tokens.get(k).end();
		return k + 1 < tokens.size() && tokens.get(k + 1).start() == end + 1 && text.charAt(end) == ' ';
	}

	/** A word that, without a particle, is an organisation or a title: 한울그룹이, 회장이. */
	private boolean namesSomethingElse(Token token) {
		return token.stems().stream().skip(1).map(stem -> stem[0]).anyMatch(stem -> knownOrganization.test(stem)
				|| Lexicon.looksLikeOrganization(stem) || Lexicon.title(stem) != null || Lexicon.isNotAName(stem));
	}

	/** Foreign names hardly end in these particles; words in a sentence often do (세트가, 회사는). */
	private static boolean endsInParticle(String word) {
		return word.length() > 1 && "은는을를와과의에가".indexOf(word.charAt(word.length() - 1)) >= 0;
	}

	/** Whether a name may start at token i: start of text, punctuation, a particle, an organisation or title. */
	private boolean boundaryBefore(int i) {
		if (i == 0 || tokens.get(i).breakBefore()) {
			return true;
		}
		Token previous = tokens.get(i - 1);
		if (previous.breakAfter() || byline[i - 1] || !Lexicon.allHangul(previous.core())
				|| !text.substring(previous.end(), tokens.get(i).start()).isBlank()) {
			// Punctuation standing alone between the words (특파원 = 로버트 헤일) also separates them.
			return true;
		}
		if (organizationEndingAt(i - 1) != null || Lexicon.title(previous.core()) != null
				|| Lexicon.PREFIXES.contains(previous.core())) {
			return true;
		}
		return previous.stems().size() > 1 || previous.core().endsWith("다") || previous.core().endsWith("인")
				|| previous.core().endsWith("한") || previous.core().endsWith("던") || previous.core().endsWith("된");
	}

	/** The organisation (one or two bare tokens) ending at token i: known, or shaped like one. */
	int[] organizationEndingAt(int i) {
		if (i < 0 || !bare(i) || tokens.get(i).breakAfter() || byline[i]) {
			return null;
		}
		String word = tokens.get(i).core();
		if (UNITS.contains(word) && i > 0 && spaceAfter(i - 1) && organizationEndingAt(i - 1) != null) {
			return new int[] { i - 1, i };
		}
		if (knownOrganization.test(word) || knownOrganization.test(Lexicon.organizationName(word))
				|| Lexicon.looksLikeOrganization(word)) {
			return new int[] { i, i };
		}
		return null;
	}

	/** ORG or ORG의 just before the name at token i. */
	int[] organizationBefore(int i) {
		int o = i - 1;
		if (o < 0 || tokens.get(o).breakAfter() || tokens.get(i).breakBefore()) {
			return null;
		}
		String word = tokens.get(o).core();
		String stem = word.endsWith("의") ? word.substring(0, word.length() - 1) : word;
		if (knownOrganization.test(stem) || Lexicon.looksLikeOrganization(stem)) {
			return new int[] { o, o };
		}
		return null;
	}

	/** A word that can stand for an organisation between a name and a title: 스카이웰, 베르크슈타인. */
	static boolean plausibleOrganizationWord(String word) {
		return word.length() >= 2 && !word.endsWith("히") && !endsInParticle(word) && !Lexicon.isNotAnOrganization(word)
				&& word.chars().allMatch(c -> Lexicon.isHangul(c) || Character.isLetterOrDigit(c))
				&& Lexicon.title(word) == null && !Lexicon.PREFIXES.contains(word);
	}

	/**
	 * A token without a particle: nothing to split off, or a name or organisation that merely ends
	 * like one (이수아, 모로) while what is left without the "particle" is no title or word.
	 */
	boolean bare(int i) {
		Token token = tokens.get(i);
		List<String[]> stems = token.stems();
		if (stems.size() == 1 || knownOrganization.test(token.core()) || Lexicon.title(token.core()) != null) {
			return true;
		}
		if (particleLike(token.core())) {
			return false;
		}
		for (String[] stem : stems.subList(1, stems.size())) {
			if (Lexicon.title(stem[0]) != null || Lexicon.isNotAName(stem[0])) {
				return false;
			}
		}
		return Lexicon.isKoreanName(token.core()) || Lexicon.looksLikeOrganization(token.core())
				|| Lexicon.isNameWord(token.core());
	}

	/** Words that end in a particle that is hardly ever the end of a name (은 는 을 를 에 의 …). */
	private static boolean particleLike(String word) {
		for (String particle : NAME_ENDING_PARTICLES) {
			if (word.endsWith(particle) && word.length() > particle.length()) {
				return true;
			}
		}
		return false;
	}

	private static final List<String> NAME_ENDING_PARTICLES = List.of("은", "는", "을", "를", "에", "의", "와", "과", "에서",
			"으로", "에게", "까지", "부터", "처럼", "께서");

	String text(int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int k = from; k <= to; k++) {
			if (k > from) {
				text.append(' ');
			}
			text.append(tokens.get(k).core());
		}
		return text.toString();
	}
}
