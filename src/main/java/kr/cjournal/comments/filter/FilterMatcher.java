package kr.cjournal.comments.filter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ahocorasick.trie.PayloadTrie;

/**
 * The word lists compiled: one Aho-Corasick trie per kind of view, the 초성 tokens and the
 * allow-list. Immutable; {@link CleanFilter} swaps in a new one when moderators change the words.
 * <p>
 * A text is read in several views ({@link Views}), each matched in one pass. A match that spans
 * a space only counts when it starts a token (씨 발놈 yes, 다시 발표 and A씨 발언 no). Then the
 * allow-list is looked up in the words as written (spaces kept): a match any allowed word overlaps
 * (시발점, 수박씨 발라 먹기, 새끼손가락) does not count.
 */
final class FilterMatcher {

	/** The longest piece of text reported as one match. */
	private static final int MAX_SHOWN = 80;

	private final PayloadTrie<Screening.Category> letters;

	private final PayloadTrie<Screening.Category> hangul;

	private final Map<String, Screening.Category> initials;

	private final PayloadTrie<Boolean> allow;

	private final boolean allowsAnything;

	private FilterMatcher(PayloadTrie<Screening.Category> letters, PayloadTrie<Screening.Category> hangul,
			Map<String, Screening.Category> initials, PayloadTrie<Boolean> allow, boolean allowsAnything) {
		this.letters = letters;
		this.hangul = hangul;
		this.initials = initials;
		this.allow = allow;
		this.allowsAnything = allowsAnything;
	}

	static FilterMatcher of(WordLists lists) {
		Map<String, Screening.Category> lettersWords = new HashMap<>();
		Map<String, Screening.Category> hangulWords = new HashMap<>();
		Map<String, Screening.Category> initialWords = new HashMap<>();
		for (WordLists.Word word : lists.blocked()) {
			Letters l = Letters.of(word.text());
			String form = Views.letters(l).text();
			if (form.isEmpty()) {
				continue;
			}
			if (form.chars().allMatch(c -> Hangul.isJamo((char) c))) {
				initialWords.putIfAbsent(Views.initials(l).collapsed().text().replace(" ", ""), word.category());
				continue;
			}
			lettersWords.putIfAbsent(form, word.category());
			String hangulForm = Views.hangul(l, Views.HANGUL).text();
			if (hangulForm.equals(form)) {
				hangulWords.putIfAbsent(form, word.category());
			}
		}
		PayloadTrie.PayloadTrieBuilder<Boolean> allowBuilder = PayloadTrie.builder();
		int allowed = 0;
		for (String entry : lists.allowed()) {
			for (String spelling : WordLists.spacings(entry)) {
				String form = Views.allow(Letters.of(spelling)).text();
				if (!form.isBlank()) {
					allowBuilder.addKeyword(form, Boolean.TRUE);
					allowed++;
				}
			}
		}
		return new FilterMatcher(trie(lettersWords), trie(hangulWords), Map.copyOf(initialWords), allowBuilder.build(),
				allowed > 0);
	}

	private static PayloadTrie<Screening.Category> trie(Map<String, Screening.Category> words) {
		PayloadTrie.PayloadTrieBuilder<Screening.Category> builder = PayloadTrie.builder();
		words.forEach(builder::addKeyword);
		return builder.build();
	}

	Screening screen(String text) {
		if (text == null || text.isEmpty()) {
			return Screening.CLEAN;
		}
		Letters l = Letters.of(text);
		if (l.length == 0) {
			return Screening.CLEAN;
		}
		List<Candidate> found = new ArrayList<>();
		scan(l, Views.letters(l), letters, true, found);
		scan(l, Views.hangul(l, Views.HANGUL), hangul, false, found);
		if (Views.hasLookAlike(l)) {
			scan(l, Views.hangul(l, Views.LOOK_ALIKES), hangul, false, found);
		}
		if (l.hasLatin) {
			scan(l, Seq.of(l, Views.LATIN_LOOK_ALIKES, false).recombined().collapsed(), letters, true, found);
			scan(l, Views.hangul(l, Views.KEYBOARD), hangul, false, found);
			if (l.hasUpperLatin) {
				scan(l, Views.hangul(l, Views.KEYBOARD_SHIFTED), hangul, false, found);
			}
		}
		initials(Views.initials(l), found);
		if (found.isEmpty()) {
			return Screening.CLEAN;
		}
		int[] allowedBefore = allowedPrefix(text.length(), l);
		Set<String> matches = new LinkedHashSet<>();
		Set<Screening.Category> categories = EnumSet.noneOf(Screening.Category.class);
		found.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
		for (Candidate c : found) {
			if (allowedBefore != null && allowedBefore[c.end] - allowedBefore[c.start] > 0) {
				continue;
			}
			String written = text.substring(c.start, c.end).strip();
			matches.add(written.length() > MAX_SHOWN ? written.substring(0, MAX_SHOWN) + "…" : written);
			categories.add(c.category);
		}
		return matches.isEmpty() ? Screening.CLEAN : new Screening(List.copyOf(matches), categories);
	}

	private record Candidate(int start, int end, Screening.Category category) {
	}

	private static void scan(Letters l, Seq view, PayloadTrie<Screening.Category> trie, boolean latinBounds,
			List<Candidate> found) {
		trie.parseText(view.text(), emit -> {
			int a = emit.getStart();
			int b = emit.getEnd();
			if (view.firstToken[a] != view.lastToken[b] && l.tokenLead[view.firstToken[a]] < view.from[a]) {
				// Spans a space without starting a token: 다시 발표, 3시 발표.
				return true;
			}
			if (latinBounds && !latinBounded(view, a, b)) {
				return true;
			}
			found.add(new Candidate(view.from[a], view.to[b], emit.getPayload()));
			return true;
		});
	}

	/** A Latin or digit end of a match is not glued to more Latin or digits of its token (c8 in abc8). */
	private static boolean latinBounded(Seq view, int a, int b) {
		if (isLatinOrDigit(view.chars[a]) && a > 0 && isLatinOrDigit(view.chars[a - 1])
				&& view.lastToken[a - 1] == view.firstToken[a]) {
			return false;
		}
		return !(isLatinOrDigit(view.chars[b]) && b + 1 < view.length && isLatinOrDigit(view.chars[b + 1])
				&& view.firstToken[b + 1] == view.lastToken[b]);
	}

	private static boolean isLatinOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	/** Runs of loose jamo (ㅅㅂ, ㅋㅋㅅㅂ) that hold a 초성 word; single jamo one space apart (ㅅ ㅂ) are read together too. */
	private void initials(Seq view, List<Candidate> found) {
		if (initials.isEmpty()) {
			return;
		}
		List<int[]> pieces = new ArrayList<>();
		for (int i = 0; i < view.length;) {
			if (!Hangul.isJamo(view.chars[i])) {
				i++;
				continue;
			}
			int j = i;
			while (j < view.length && Hangul.isJamo(view.chars[j])) {
				j++;
			}
			pieces.add(new int[] { i, j });
			checkInitials(view, i, j, found);
			i = j;
		}
		for (int k = 0; k < pieces.size();) {
			int m = k;
			while (pieces.get(m)[1] - pieces.get(m)[0] == 1 && m + 1 < pieces.size()
					&& pieces.get(m + 1)[1] - pieces.get(m + 1)[0] == 1 && pieces.get(m + 1)[0] == pieces.get(m)[1] + 1
					&& view.chars[pieces.get(m)[1]] == ' ') {
				m++;
			}
			if (m > k) {
				Seq chain = Seq.empty(m - k + 1);
				for (int p = k; p <= m; p++) {
					int at = pieces.get(p)[0];
					chain.add(view.chars[at], view.from[at], view.to[at], view.firstToken[at], view.lastToken[at]);
				}
				checkInitials(chain, 0, chain.length, found);
			}
			k = m + 1;
		}
	}

	private static final String LAUGHTER = "ㅋㅎㅠㅜㅡ";

	private void checkInitials(Seq view, int start, int end, List<Candidate> found) {
		while (start < end && LAUGHTER.indexOf(view.chars[start]) >= 0) {
			start++;
		}
		while (end > start && LAUGHTER.indexOf(view.chars[end - 1]) >= 0) {
			end--;
		}
		if (start >= end) {
			return;
		}
		Seq piece = Seq.empty(end - start);
		for (int k = start; k < end; k++) {
			piece.add(view.chars[k], view.from[k], view.to[k], view.firstToken[k], view.lastToken[k]);
		}
		Seq run = piece.collapsed();
		String text = run.text();
		Screening.Category whole = initials.get(text);
		if (whole != null) {
			found.add(new Candidate(run.from[0], run.to[run.length - 1], whole));
			return;
		}
		for (Map.Entry<String, Screening.Category> entry : initials.entrySet()) {
			String word = entry.getKey();
			if (word.length() < 2) {
				continue;
			}
			int at = text.indexOf(word);
			if (at >= 0) {
				found.add(new Candidate(run.from[at], run.to[at + word.length() - 1], entry.getValue()));
			}
		}
	}

	/** Prefix counts of the original characters some allowed word covers; null when nothing is allowed here. */
	private int[] allowedPrefix(int textLength, Letters l) {
		if (!allowsAnything) {
			return null;
		}
		Seq view = Views.allow(l);
		int[] diff = new int[textLength + 1];
		boolean[] any = { false };
		allow.parseText(view.text(), emit -> {
			diff[view.from[emit.getStart()]]++;
			diff[view.to[emit.getEnd()]]--;
			any[0] = true;
			return true;
		});
		if (!any[0]) {
			return null;
		}
		int[] prefix = new int[textLength + 1];
		int depth = 0;
		for (int i = 0; i < textLength; i++) {
			depth += diff[i];
			prefix[i + 1] = prefix[i] + (depth > 0 ? 1 : 0);
		}
		return prefix;
	}
}
