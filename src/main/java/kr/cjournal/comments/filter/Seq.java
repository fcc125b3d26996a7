package kr.cjournal.comments.filter;

import java.util.Arrays;

/**
 * One view of a text: its characters, and for each the original span and the first and last
 * token it covers. Views are made from {@link Letters} by choosing and mapping characters, then
 * recombining loose jamo into syllables (ㅅㅣㅂㅏㄹ → 시발) and collapsing drawn-out letters
 * (씨이이발, 씨바알 → 씨발). Every step is one pass, so a view costs time linear in the text.
 */
final class Seq {

	/** Says what a character of {@link Letters} becomes in a view: a character, or 0 to leave it out. */
	interface Mapping {
		char map(Letters letters, int i);
	}

	char[] chars;

	int[] from;

	int[] to;

	int[] firstToken;

	int[] lastToken;

	int length;

	private Seq(int capacity) {
		int c = Math.max(capacity, 4);
		chars = new char[c];
		from = new int[c];
		to = new int[c];
		firstToken = new int[c];
		lastToken = new int[c];
	}

	static Seq empty(int capacity) {
		return new Seq(capacity);
	}

	/** The chosen characters; with {@code spaces}, a space wherever a token ends. */
	static Seq of(Letters letters, Mapping mapping, boolean spaces) {
		Seq seq = new Seq(letters.length + (spaces ? letters.length / 2 : 0));
		int lastToken = -1;
		for (int i = 0; i < letters.length; i++) {
			char c = mapping.map(letters, i);
			if (c == 0) {
				continue;
			}
			int token = letters.tokens[i];
			if (spaces && lastToken >= 0 && token != lastToken) {
				seq.add(' ', letters.from[i], letters.from[i], token, token);
			}
			lastToken = token;
			seq.add(c, letters.from[i], letters.to[i], token, token);
		}
		return seq;
	}

	void add(char c, int start, int end, int first, int last) {
		if (length == chars.length) {
			int grown = chars.length * 2;
			chars = Arrays.copyOf(chars, grown);
			from = Arrays.copyOf(from, grown);
			to = Arrays.copyOf(to, grown);
			firstToken = Arrays.copyOf(firstToken, grown);
			lastToken = Arrays.copyOf(lastToken, grown);
		}
		chars[length] = c;
		from[length] = start;
		to[length] = end;
		firstToken[length] = first;
		lastToken[length] = last;
		length++;
	}

	/** Loose jamo typed one by one become syllables: an initial, a vowel (or two) and a final if no vowel follows. */
	Seq recombined() {
		Seq out = new Seq(length);
		int i = 0;
		while (i < length) {
			char c = chars[i];
			int initial = Hangul.isConsonant(c) ? Hangul.initialIndex(c) : -1;
			if (initial < 0 || i + 1 >= length || !Hangul.isVowel(chars[i + 1])) {
				out.add(c, from[i], to[i], firstToken[i], lastToken[i]);
				i++;
				continue;
			}
			char vowel = chars[i + 1];
			int j = i + 2;
			if (j < length && Hangul.isVowel(chars[j]) && Hangul.vowelPair(vowel, chars[j]) != 0) {
				vowel = Hangul.vowelPair(vowel, chars[j]);
				j++;
			}
			int fin = 0;
			if (finalAt(j)) {
				char first = chars[j];
				fin = Hangul.finalIndex(first);
				j++;
				if (finalAt(j) && Hangul.finalPair(first, chars[j]) != 0) {
					fin = Hangul.finalIndex(Hangul.finalPair(first, chars[j]));
					j++;
				}
			}
			out.add(Hangul.syllable(initial, vowel - 'ㅏ', fin), from[i], to[j - 1], firstToken[i], lastToken[j - 1]);
			i = j;
		}
		return out;
	}

	private boolean finalAt(int j) {
		return j < length && Hangul.isConsonant(chars[j]) && Hangul.finalIndex(chars[j]) > 0
				&& !(j + 1 < length && Hangul.isVowel(chars[j + 1]));
	}

	/** Without the vowels left over after {@link #recombined()} (씨ㅡ발, ㅣ typed as a separator). */
	Seq withoutLooseVowels() {
		Seq out = new Seq(length);
		for (int i = 0; i < length; i++) {
			if (!Hangul.isVowel(chars[i])) {
				out.add(chars[i], from[i], to[i], firstToken[i], lastToken[i]);
			}
		}
		return out;
	}

	/**
	 * Repeats collapsed: the same character twice in a row counts once (씨발발, fuuuck), and a
	 * syllable that only draws out the one before (씨이, 바아알) melts into it.
	 */
	Seq collapsed() {
		Seq out = new Seq(length);
		for (int i = 0; i < length; i++) {
			char c = chars[i];
			int last = out.length - 1;
			if (last >= 0) {
				char p = out.chars[last];
				if (p == c || drawsOut(p, c)) {
					if (p != c) {
						out.chars[last] = Hangul.syllable(Hangul.initialOf(p), Hangul.medialOf(p), Hangul.finalOf(c));
					}
					out.to[last] = Math.max(out.to[last], to[i]);
					out.lastToken[last] = lastToken[i];
					continue;
				}
			}
			out.add(c, from[i], to[i], firstToken[i], lastToken[i]);
		}
		return out;
	}

	private static boolean drawsOut(char previous, char c) {
		return Hangul.isSyllable(previous) && Hangul.isSyllable(c) && Hangul.finalOf(previous) == 0
				&& Hangul.initialOf(c) == Hangul.initialIndex('ㅇ')
				&& Hangul.drawnOut(Hangul.medialOf(previous), Hangul.medialOf(c));
	}

	String text() {
		return new String(chars, 0, length);
	}
}
