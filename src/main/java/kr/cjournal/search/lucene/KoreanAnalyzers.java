package kr.cjournal.search.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The two Korean analysers of the index, built from one {@link Vocabulary}. Stories are indexed
 * with compounds kept whole and split (MIXED: 반도체산업, 반도체, 산업) so a part finds the whole;
 * queries keep words whole (NONE), matching the whole form in the index and giving the
 * synonym filter a flat stream, and synonyms are expanded
 * at query time only, so changing a synonym group does not need a reindex of its own.
 */
final class KoreanAnalyzers {

	/**
	 * Particles, endings and the like. The tokenizer keeps punctuation only so that
	 * {@link DecimalJoinFilter} can join "3.5" and "1,000".
	 */
	private static final Set<POS.Tag> STOP_TAGS = stopTags();

	private final Analyzer index;

	private final Analyzer query;

	KoreanAnalyzers(Vocabulary vocabulary) {
		UserDictionary dictionary = userDictionary(vocabulary.userDictionary());
		this.index = analyzer(dictionary, DecompoundMode.MIXED, null);
		Analyzer plainQuery = analyzer(dictionary, DecompoundMode.NONE, null);
		SynonymMap synonyms = synonyms(vocabulary.synonyms(), plainQuery);
		this.query = synonyms == null ? plainQuery : analyzer(dictionary, DecompoundMode.NONE, synonyms);
	}

	Analyzer index() {
		return index;
	}

	Analyzer query() {
		return query;
	}

	private static Analyzer analyzer(UserDictionary dictionary, DecompoundMode mode, SynonymMap synonyms) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary, mode,
						false, false);
				TokenStream stream = new DecimalJoinFilter(tokenizer);
				stream = new KoreanPartOfSpeechStopFilter(stream, STOP_TAGS);
				stream = new WithoutPunctuation(stream);
				stream = new KoreanReadingFormFilter(stream);
				stream = new LowerCaseFilter(stream);
				if (synonyms != null) {
					stream = new SynonymGraphFilter(stream, synonyms, true);
				}
				return new TokenStreamComponents(tokenizer, stream);
			}
		};
	}

	private static UserDictionary userDictionary(List<String> lines) {
		if (lines.stream().allMatch(line -> line.isBlank() || line.strip().startsWith("#"))) {
			return null;
		}
		try {
			return UserDictionary.open(new StringReader(String.join("\n", lines)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("사용자 사전에 잘못된 줄이 있습니다: " + badLine(lines), ex);
		}
	}

	/** The first line Nori refuses on its own (segments longer than the word, say). */
	private static String badLine(List<String> lines) {
		for (String line : lines) {
			try {
				UserDictionary.open(new StringReader(line));
			}
			catch (IOException | RuntimeException ex) {
				return line;
			}
		}
		return "(전체)";
	}

	/** Every member of a group maps to every other; members are analysed the way a query is. */
	private static SynonymMap synonyms(List<List<String>> groups, Analyzer analyzer) {
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		boolean any = false;
		for (List<String> group : groups) {
			List<CharsRef> terms = new ArrayList<>();
			for (String member : group) {
				CharsRef analysed = analyse(analyzer, member);
				if (analysed != null) {
					terms.add(analysed);
				}
			}
			for (CharsRef from : terms) {
				for (CharsRef to : terms) {
					if (!from.equals(to)) {
						builder.add(from, to, true);
						any = true;
					}
				}
			}
		}
		try {
			return any ? builder.build() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CharsRef analyse(Analyzer analyzer, String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() > 0) {
					words.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words.isEmpty() ? null : SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
	}

	/**
	 * Nori's default stop tags without the punctuation tags, which would drop the separators
	 * before the numbers are joined: punctuation is dropped by what it is, after the join.
	 */
	private static Set<POS.Tag> stopTags() {
		Set<POS.Tag> tags = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
		tags.removeAll(List.of(POS.Tag.SP, POS.Tag.SC, POS.Tag.SE, POS.Tag.SSO, POS.Tag.SSC));
		return tags;
	}

	/** Drops tokens with neither a letter nor a digit: the punctuation kept for the number filter. */
	private static final class WithoutPunctuation extends FilteringTokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		WithoutPunctuation(TokenStream in) {
			super(in);
		}

		@Override
		protected boolean accept() {
			for (int i = 0; i < term.length(); i++) {
				if (Character.isLetterOrDigit(term.charAt(i))) {
					return true;
				}
			}
			return false;
		}
	}
}
