package kr.cjournal.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import kr.cjournal.search.SearchQuery;

/**
 * What a reader typed, read as words, "quoted phrases" and -excluded words or phrases. Nothing
 * in it is query syntax: {@code AND}, {@code *:*}, {@code title:x} and stray quotes are text
 * like any other, and whatever the analyser makes of them is what is searched.
 *
 * @param words words to find
 * @param phrases phrases whose words must appear in this order
 * @param excluded words or phrases a match must not contain
 */
record QueryText(List<String> words, List<String> phrases, List<String> excluded) {

	/**
	 * Up to this many words every word must match; beyond it, three quarters of them. Readers type
	 * two or three words and mean all of them (SK하이닉스 HBM); a pasted sentence would find
	 * nothing if every one of its words had to appear.
	 */
	static final int ALL_WORDS_UP_TO = 3;

	/** Beyond this many words, phrases or exclusions the rest is ignored: a query stays cheap. */
	static final int MAX_PARTS = 32;

	/** Words of a phrase may stand one apart: a dropped particle leaves a gap in positions. */
	private static final int PHRASE_SLOP = 1;

	QueryText {
		words = List.copyOf(words);
		phrases = List.copyOf(phrases);
		excluded = List.copyOf(excluded);
	}

	static QueryText parse(String typed) {
		String text = clean(typed == null ? "" : typed);
		List<String> words = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			boolean exclude = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
			int start = exclude ? i + 1 : i;
			if (text.charAt(start) == '"') {
				int close = text.indexOf('"', start + 1);
				if (close > 0) {
					add(exclude ? excluded : phrases, text.substring(start + 1, close));
					i = close + 1;
					continue;
				}
				start++; // an unbalanced quote is just a character
			}
			int end = start;
			while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
				end++;
			}
			add(exclude ? excluded : words, text.substring(start, end));
			i = end;
		}
		return new QueryText(words, phrases, excluded);
	}

	boolean isEmpty() {
		return words.isEmpty() && phrases.isEmpty();
	}

	/**
	 * The Lucene query over these fields (name → boost), or null when nothing searchable is left.
	 * Words go through {@code words} (the query analyser, with synonyms); phrases through
	 * {@code phrases}, the index analyser, so that their positions are those of the index (a
	 * compound there takes two positions) and a phrase means what it says, without synonyms.
	 * Null also
	 * when analysis leaves nothing (only punctuation, emoji or particles). Each word or phrase may match in any
	 * field, the best field counting (a word in the headline and another in the body still match).
	 */
	Query toQuery(QueryBuilder words, QueryBuilder phrases, Map<String, Float> fields) {
		List<Query> required = new ArrayList<>();
		for (String phrase : this.phrases) {
			add(required, perField(phrases, fields, phrase, true));
		}
		List<Query> wanted = new ArrayList<>();
		for (String word : this.words) {
			add(wanted, perField(words, fields, word, false));
		}
		if (required.isEmpty() && wanted.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		required.forEach(q -> query.add(q, Occur.MUST));
		if (wanted.size() <= ALL_WORDS_UP_TO) {
			wanted.forEach(q -> query.add(q, Occur.MUST));
		}
		else {
			wanted.forEach(q -> query.add(q, Occur.SHOULD));
			query.setMinimumNumberShouldMatch((int) Math.ceil(wanted.size() * 0.75));
		}
		for (String text : excluded) {
			Query not = text.contains(" ") ? perField(phrases, fields, text, true) : perField(words, fields, text, false);
			if (not != null) {
				query.add(not, Occur.MUST_NOT);
			}
		}
		return query.build();
	}

	private static Query perField(QueryBuilder builder, Map<String, Float> fields, String text, boolean phrase) {
		List<Query> alternatives = new ArrayList<>();
		fields.forEach((field, boost) -> {
			// A word the analyser splits (SK하이닉스가 → sk, 하이닉스) needs all its parts.
			Query q = phrase ? builder.createPhraseQuery(field, text, PHRASE_SLOP)
					: builder.createBooleanQuery(field, text, Occur.MUST);
			if (q != null) {
				alternatives.add(boost == 1f ? q : new BoostQuery(q, boost));
			}
		});
		return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, 0.1f);
	}

	private static void add(List<Query> list, Query query) {
		if (query != null) {
			list.add(query);
		}
	}

	private static void add(List<String> list, String text) {
		String t = text.strip();
		if (!t.isEmpty() && !list.contains(t) && list.size() < MAX_PARTS) {
			list.add(t);
		}
	}

	/** Cut to {@link SearchQuery#MAX_TEXT} and control or format characters turned into spaces. */
	private static String clean(String typed) {
		String cut = typed.length() > SearchQuery.MAX_TEXT ? typed.substring(0, SearchQuery.MAX_TEXT) : typed;
		if (cut.length() > 0 && Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
			cut = cut.substring(0, cut.length() - 1);
		}
		StringBuilder out = new StringBuilder(cut.length());
		cut.codePoints().forEach(cp -> {
			int type = Character.getType(cp);
			boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
					|| type == Character.PRIVATE_USE || type == Character.SURROGATE;
			out.appendCodePoint(invisible ? ' ' : cp);
		});
		return out.toString();
	}
}
