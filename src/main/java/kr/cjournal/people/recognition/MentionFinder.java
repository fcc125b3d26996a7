package kr.cjournal.people.recognition;

import java.util.ArrayList;
import java.util.HashSet;
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

	/** A title runs over at most this many words before its last (아시아태평양 총괄 부사장). */
	private static final int TITLE_WORDS = 3;

	private final Words words;

	private final List<Token> tokens;

	private final boolean[] byline;

	private final Predicate<String> knownOrganization;

	private final List<Found> people = new ArrayList<>();

	private final List<FoundOrganization> organizations = new ArrayList<>();

	/** The surnames (first one or two syllables) of the names found so far, for 최 회장. */
	private final Set<String> surnamesFound = new HashSet<>();

	/** The words of the foreign (spaced) names found so far, for 나델라 CEO. */
	private final Set<String> foreignWordsFound = new HashSet<>();

	MentionFinder(String text, Predicate<String> knownOrganization) {
		this.words = new Words(text, knownOrganization);
		this.tokens = words.tokens;
		this.byline = words.byline;
		this.knownOrganization = knownOrganization;
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
			if (title == null || (words.bare(t) && t + 1 < tokens.size() && titleOf(t + 1) != null)) {
				continue;
			}
			int first = t;
			while (first > 0 && t - first < TITLE_WORDS && words.bare(first - 1) && (Lexicon.title(tokens.get(first - 1).core()) != null
					|| TITLE_QUALIFIERS.contains(tokens.get(first - 1).core()))) {
				first--;
			}
			String fullTitle = title;
			if (first < t) {
				fullTitle = words.text(first, t - 1) + " " + title;
			}
			int before = first - 1;
			if (before >= 0 && words.bare(before) && Lexicon.PREFIXES.contains(tokens.get(before).core())) {
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
		if (words.bare(i) && isBackReference(word.core())) {
			add(word.core(), word.start(), word.end(), null, title, true);
			return true;
		}
		int[] org = words.organizationEndingAt(i);
		if (org != null) {
			int[] name = words.nameEndingAt(org[0] - 1, true);
			if (name != null) {
				person(name, org, title);
				return true;
			}
			return false;
		}
		if (words.bare(i)) {
			if (Lexicon.isKoreanName(word.core()) && !words.foreignBefore(i)) {
				if (i > 0 && words.bare(i - 1) && !tokens.get(i - 1).breakAfter() && !byline[i - 1]
						&& tokens.get(i - 1).core().length() >= 3 && Lexicon.isKoreanName(tokens.get(i - 1).core())) {
					// 염태준 공정위 국장: two name-like words, the first is the person, the second where they work.
					person(new int[] { i - 1, i - 1 }, new int[] { i, i }, title);
					return true;
				}
				int[] orgBefore = words.organizationBefore(i);
				if (orgBefore != null || word.core().length() >= 3) {
					person(new int[] { i, i }, orgBefore, title);
					return true;
				}
			}
			int[] name = words.nameEndingAt(i - 1, false);
			if (name != null && words.plausibleOrganizationWord(word.core())) {
				person(name, new int[] { i, i }, title);
				return true;
			}
			int[] foreign = words.foreignEndingAt(i);
			if (foreign != null) {
				person(foreign, words.organizationBefore(foreign[0]), title);
				return true;
			}
		}
		return false;
	}

	/** ORG TITLE NAME: 한울전자 부사장 김민수는. */
	private void right(int i, int t, String title) {
		int n = t + 1;
		if (i < 0 || n >= tokens.size() || tokens.get(t).breakAfter() || !words.bare(t) || byline[n]) {
			return;
		}
		int[] org = words.organizationEndingAt(i);
		String name = words.bare(n) ? tokens.get(n).core() : tokens.get(n).stems().stream().skip(1).map(stem -> stem[0])
			.filter(Lexicon::isKoreanName).findFirst().orElse(null);
		name = name != null && name.length() >= 3 && Lexicon.isKoreanName(name) ? name : null;
		if (org == null || name == null || (n + 1 < tokens.size() && titleOf(n + 1) != null)) {
			return;
		}
		organizations.add(new FoundOrganization(words.text(org[0], org[1]), tokens.get(org[0]).start(), tokens.get(org[1]).end()));
		Token token = tokens.get(n);
		add(name, token.start(), token.start() + name.length(), Lexicon.organizationName(words.text(org[0], org[1])), title,
				false);
	}

	private void person(int[] name, int[] org, String title) {
		Token first = tokens.get(name[0]);
		Token last = tokens.get(name[1]);
		String organization = null;
		String shownTitle = title;
		if (org != null) {
			String written = words.text(org[0], org[1]);
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
		add(words.text(name[0], name[1]), first.start(), last.end(), organization, "씨".equals(shownTitle) ? null : shownTitle,
				false);
	}

	private void add(String name, int start, int end, String organization, String title, boolean backReference) {
		people.add(new Found(name, start, end, organization, title, backReference));
		surnamesFound.add(name.substring(0, 1));
		if (name.length() > 1) {
			surnamesFound.add(name.substring(0, 2));
		}
		if (name.contains(" ")) {
			foreignWordsFound.addAll(List.of(name.split(" ")));
		}
	}

	/** 최 회장 (a surname alone), or a word of a foreign name found earlier (나델라 CEO, 다나카 사장). */
	private boolean isBackReference(String word) {
		if (Lexicon.isSurname(word)) {
			return surnamesFound.contains(word);
		}
		return word.length() >= 2 && foreignWordsFound.contains(word);
	}

}
