package kr.cjournal.people.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds people in one text by how business writing names them: NAME ORG TITLE (김주선 SK하이닉스
 * 사장), ORG NAME TITLE (한울반도체 배윤호 사장), ORG TITLE NAME, NAME TITLE (구본석 총재), foreign
 * names written in Hangul with spaces, and back-references (최 회장, 나델라 CEO) to a name found
 * earlier. Every find is anchored on a title; a name alone is not a mention.
 */
final class MentionFinder {

	/** A person as one place in the text names them; {@code backReference} for 최 회장 or 하몬드 CEO. */
	record Found(String name, int start, int end, String organization, String title, boolean backReference) {
	}

	/** An organisation a pattern placed next to a name, as written. */
	record FoundOrganization(String name, int start, int end) {
	}

	/** Words that qualify a title rather than name an organisation: 아시아태평양 총괄. */
	private static final Set<String> TITLE_QUALIFIERS = Set.of("아시아태평양", "아시아", "북미", "유럽", "글로벌", "한국",
			"중국", "일본", "미국", "동남아", "해외", "국내", "사업", "영업", "전략", "마케팅", "재무", "기술", "연구개발");

	/** Parts of an organisation written after its name: 청람건설 노동조합. */
	private static final Set<String> UNITS = Set.of("노동조합", "노조", "이사회", "연구소", "사업부", "사업본부", "재단",
			"지부", "법인", "본부", "리서치센터", "한국법인", "코리아");

	private final List<Token> tokens;

	private final boolean[] byline;

	private final Predicate<String> knownOrganization;

	private final List<Found> people = new ArrayList<>();

	private final List<FoundOrganization> organizations = new ArrayList<>();

	MentionFinder(String text, Predicate<String> knownOrganization) {
		this.tokens = Token.split(text);
		this.knownOrganization = knownOrganization;
		this.byline = new boolean[tokens.size()];
		for (int i = 0; i + 1 < tokens.size(); i++) {
			String next = tokens.get(i + 1).core();
			byline[i] = next.equals("기자") || next.equals("특파원") || next.startsWith("기자=");
		}
	}

	List<Found> people() {
		return people;
	}

	List<FoundOrganization> organizations() {
		return organizations;
	}

	List<Token> tokens() {
		return tokens;
	}

	boolean isByline(int token) {
		return byline[token];
	}

	MentionFinder find() {
		for (int t = 0; t < tokens.size(); t++) {
			String title = titleOf(t);
			if (title == null || (bare(t) && t + 1 < tokens.size() && titleOf(t + 1) != null)) {
				continue;
			}
			int first = t;
			while (first > 0 && bare(first - 1) && (Lexicon.title(tokens.get(first - 1).core()) != null
					|| TITLE_QUALIFIERS.contains(tokens.get(first - 1).core()))) {
				first--;
			}
			String fullTitle = title;
			if (first < t) {
				fullTitle = text(first, t - 1) + " " + title;
			}
			int before = first - 1;
			if (before >= 0 && bare(before) && Lexicon.PREFIXES.contains(tokens.get(before).core())) {
				before--;
			}
			if (!left(before, fullTitle)) {
				right(before, t, fullTitle);
			}
		}
		return this;
	}

	/** The title a token holds (without its particle), or null. */
	private String titleOf(int t) {
		Token token = tokens.get(t);
		if (token.breakBefore() && t > 0 && !token.core().isEmpty() && byline[t - 1]) {
			return null;
		}
		for (String[] stem : token.stems()) {
			String title = Lexicon.title(stem[0]);
			if (title != null) {
				return title;
			}
		}
		return null;
	}

	/** Patterns with the name before the title; i is the token just before the title (or its prefix). */
	private boolean left(int i, String title) {
		if (i < 0 || tokens.get(i).breakAfter() || byline[i]) {
			return false;
		}
		Token word = tokens.get(i);
		if (bare(i) && isBackReference(word.core())) {
			add(word.core(), word.start(), word.end(), null, title, true);
			return true;
		}
		int[] org = organizationEndingAt(i);
		if (org != null) {
			int[] name = nameEndingAt(org[0] - 1, true);
			if (name != null) {
				person(name, org, title);
				return true;
			}
			return false;
		}
		if (bare(i)) {
			if (Lexicon.isKoreanName(word.core()) && !foreignBefore(i)) {
				if (i > 0 && bare(i - 1) && !tokens.get(i - 1).breakAfter() && !byline[i - 1]
						&& tokens.get(i - 1).core().length() >= 3 && Lexicon.isKoreanName(tokens.get(i - 1).core())) {
					// 염태준 공정위 국장: two name-like words, the first is the person, the second where they work.
					person(new int[] { i - 1, i - 1 }, new int[] { i, i }, title);
					return true;
				}
				int[] orgBefore = organizationBefore(i);
				if (orgBefore != null || word.core().length() >= 3) {
					person(new int[] { i, i }, orgBefore, title);
					return true;
				}
			}
			int[] name = nameEndingAt(i - 1, false);
			if (name != null && plausibleOrganizationWord(word.core())) {
				person(name, new int[] { i, i }, title);
				return true;
			}
			int[] foreign = foreignEndingAt(i);
			if (foreign != null) {
				person(foreign, organizationBefore(foreign[0]), title);
				return true;
			}
		}
		return false;
	}

	/** ORG TITLE NAME: 한울전자 부사장 김민수는. */
	private void right(int i, int t, String title) {
		int n = t + 1;
		if (i < 0 || n >= tokens.size() || tokens.get(t).breakAfter() || !bare(t) || byline[n]) {
			return;
		}
		int[] org = organizationEndingAt(i);
		String name = bare(n) ? tokens.get(n).core() : tokens.get(n).stems().stream().skip(1).map(stem -> stem[0])
			.filter(Lexicon::isKoreanName).findFirst().orElse(null);
		name = name != null && name.length() >= 3 && Lexicon.isKoreanName(name) ? name : null;
		if (org == null || name == null || (n + 1 < tokens.size() && titleOf(n + 1) != null)) {
			return;
		}
		organizations.add(new FoundOrganization(text(org[0], org[1]), tokens.get(org[0]).start(), tokens.get(org[1]).end()));
		Token token = tokens.get(n);
		add(name, token.start(), token.start() + name.length(), Lexicon.organizationName(text(org[0], org[1])), title,
				false);
	}

	private void person(int[] name, int[] org, String title) {
		Token first = tokens.get(name[0]);
		Token last = tokens.get(name[1]);
		String organization = null;
		String shownTitle = title;
		if (org != null) {
			String written = text(org[0], org[1]);
			if (written.endsWith("의") && !knownOrganization.test(written)) {
				written = written.substring(0, written.length() - 1);
			}
			organization = Lexicon.organizationName(written);
			organizations.add(new FoundOrganization(written, tokens.get(org[0]).start(),
					tokens.get(org[0]).start() + written.length()));
		}
		else if (title.endsWith("은행장") && title.length() > 3) {
			// 누리은행장: the bank and its head in one word.
			organization = title.substring(0, title.length() - 1);
			shownTitle = "은행장";
		}
		add(text(name[0], name[1]), first.start(), last.end(), organization, "씨".equals(shownTitle) ? null : shownTitle,
				false);
	}

	private void add(String name, int start, int end, String organization, String title, boolean backReference) {
		people.add(new Found(name, start, end, organization, title, backReference));
	}

	/** 최 회장 (a surname alone), or a word of a foreign name found earlier (나델라 CEO, 다나카 사장). */
	private boolean isBackReference(String word) {
		if (Lexicon.isSurname(word)) {
			return people.stream().anyMatch(p -> p.name().startsWith(word));
		}
		return people.stream()
			.filter(p -> p.name().contains(" "))
			.anyMatch(p -> List.of(p.name().split(" ")).contains(word) && word.length() >= 2);
	}

	/** Tokens [from, to] of a name ending at token i, Korean or foreign; strictKorean off allows 나델라-like shapes. */
	private int[] nameEndingAt(int i, boolean afterOrganization) {
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
	private boolean foreignBefore(int i) {
		return i > 0 && Lexicon.looksForeign(tokens.get(i - 1).core()) && foreignEndingAt(i) != null;
	}

	/** Two (or three: 응우옌 반 롱) Hangul words that read as a foreign name, after a boundary. */
	private int[] foreignEndingAt(int i) {
		for (int length = 2; length <= 3; length++) {
			int from = i - length + 1;
			if (from < 0) {
				return null;
			}
			boolean words = true;
			StringBuilder joined = new StringBuilder();
			for (int k = from; k <= i; k++) {
				Token token = tokens.get(k);
				words &= Lexicon.isNameWord(token.core()) && !Lexicon.looksLikeOrganization(token.core()) && !byline[k]
						&& !endsInParticle(token.core()) && !particleLike(token.core()) && !namesSomethingElse(token)
						&& (k == i || !token.breakAfter()) && (k == from || !token.breakBefore())
						&& !knownOrganization.test(token.core());
				joined.append(token.core());
			}
			if (length == 3) {
				String middle = tokens.get(from + 1).core();
				String last = tokens.get(i).core();
				words &= middle.length() <= 2 && last.length() <= 2 && (middle.length() == 1 || last.length() == 1);
			}
			if (words && Lexicon.looksForeign(joined.toString()) && boundaryBefore(from)) {
				return new int[] { from, i };
			}
		}
		return null;
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
		if (previous.breakAfter() || byline[i - 1] || !Lexicon.allHangul(previous.core())) {
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
	private int[] organizationEndingAt(int i) {
		if (i < 0 || !bare(i) || tokens.get(i).breakAfter() || byline[i]) {
			return null;
		}
		String word = tokens.get(i).core();
		if (UNITS.contains(word) && i > 0 && organizationEndingAt(i - 1) != null) {
			return new int[] { i - 1, i };
		}
		if (knownOrganization.test(word) || knownOrganization.test(Lexicon.organizationName(word))
				|| Lexicon.looksLikeOrganization(word)) {
			return new int[] { i, i };
		}
		return null;
	}

	/** ORG or ORG의 just before the name at token i. */
	private int[] organizationBefore(int i) {
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
	private static boolean plausibleOrganizationWord(String word) {
		return word.length() >= 2 && !word.endsWith("히") && !endsInParticle(word) && !Lexicon.isNotAnOrganization(word)
				&& word.chars().allMatch(c -> Lexicon.isHangul(c) || Character.isLetterOrDigit(c))
				&& Lexicon.title(word) == null && !Lexicon.PREFIXES.contains(word);
	}

	/**
	 * A token without a particle: nothing to split off, or a name or organisation that merely ends
	 * like one (이수아, 모로) while what is left without the "particle" is no title or word.
	 */
	private boolean bare(int i) {
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
		return List.of("은", "는", "을", "를", "에", "의", "와", "과", "에서", "으로", "에게", "까지", "부터", "처럼", "께서")
			.stream()
			.anyMatch(p -> word.endsWith(p) && word.length() > p.length());
	}

	private String text(int from, int to) {
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
