package kr.cjournal.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;

import kr.cjournal.search.SearchQuery;
import kr.cjournal.search.SearchResults;

/**
 * What is asked of one snapshot of the index: a reader's search with its filters, sort and
 * snippets, the stories related to one, and headlines completing what was typed.
 */
final class IndexQueries {

	private static final int SUGGESTION_LENGTH = 80;

	private final KoreanAnalyzers analyzers;

	IndexQueries(KoreanAnalyzers analyzers) {
		this.analyzers = analyzers;
	}

	SearchResults search(IndexSearcher searcher, SearchQuery query, QueryText text) throws IOException {
		Query matching = text.toQuery(new QueryBuilder(analyzers.query()), new QueryBuilder(analyzers.index()),
				StoryDocuments.SEARCHED);
		if (matching == null) {
			return SearchResults.empty(query);
		}
		Query filtered = filtered(matching, query);
		long total = searcher.count(filtered);
		long first = (long) (query.page() - 1) * query.size();
		if (first >= total) {
			return new SearchResults(total, query.page(), query.size(), List.of());
		}
		int wanted = (int) (first + query.size());
		TopDocs top = query.sort() == SearchQuery.Sort.NEWEST
				? searcher.search(filtered, wanted,
						new Sort(new SortField(StoryDocuments.PUBLISHED, SortField.Type.LONG, true)))
				: searcher.search(FunctionScoreQuery.boostByValue(filtered, freshness()), wanted);
		ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, (int) Math.min(first, top.scoreDocs.length),
				top.scoreDocs.length);
		Map<String, String[]> marked = Snippets.highlight(searcher, analyzers.index(), matching,
				new TopDocs(top.totalHits, page));
		StoredFields stored = searcher.storedFields();
		List<SearchResults.Hit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			Document doc = stored.document(page[i].doc);
			String headline = doc.get(StoryDocuments.HEADLINE);
			String headlineHtml = marked.get(StoryDocuments.HEADLINE)[i];
			String snippetHtml = marked.get(StoryDocuments.BODY)[i];
			if (snippetHtml == null) {
				snippetHtml = Snippets.escape(Snippets.opening(doc.get(StoryDocuments.BODY)));
			}
			hits.add(new SearchResults.Hit(Long.parseLong(doc.get(StoryDocuments.ID)), headline,
					headlineHtml != null ? headlineHtml : Snippets.escape(headline), Snippets.plain(snippetHtml),
					snippetHtml, StoryDocuments.time(doc.getField(StoryDocuments.PUBLISHED).numericValue().longValue())));
		}
		return new SearchResults(total, query.page(), query.size(), hits);
	}

	private static Query filtered(Query matching, SearchQuery query) {
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(matching, Occur.MUST);
		filter(filtered, StoryDocuments.SECTIONS, query.sectionId());
		filter(filtered, StoryDocuments.REPORTERS, query.reporterId());
		filter(filtered, StoryDocuments.PEOPLE, query.personId());
		filter(filtered, StoryDocuments.ORGANIZATIONS, query.organizationId());
		if (query.from() != null || query.to() != null) {
			long from = query.from() == null ? Long.MIN_VALUE : StoryDocuments.millis(query.from());
			long to = query.to() == null ? Long.MAX_VALUE : StoryDocuments.millis(query.to()) - 1;
			filtered.add(LongPoint.newRangeQuery(StoryDocuments.PUBLISHED, from, to), Occur.FILTER);
		}
		return filtered.build();
	}

	private static void filter(BooleanQuery.Builder query, String field, Long value) {
		if (value != null) {
			query.add(LongPoint.newExactQuery(field, value), Occur.FILTER);
		}
	}

	/**
	 * Shared words by MoreLikeThis over headline and body, and each shared person or company
	 * counting like several shared words; fresher stories preferred; never the story itself.
	 */
	List<Long> related(IndexSearcher searcher, long articleId, int limit) throws IOException {
		TopDocs self = searcher.search(new TermQuery(StoryDocuments.idTerm(articleId)), 1);
		if (self.scoreDocs.length == 0) {
			return List.of();
		}
		int doc = self.scoreDocs[0].doc;
		MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
		mlt.setAnalyzer(analyzers.index());
		mlt.setFieldNames(new String[] { StoryDocuments.HEADLINE, StoryDocuments.BODY });
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(2);
		// 10% of the stories, but not less than a few in a young index.
		mlt.setMaxDocFreq(Math.max(5, searcher.getIndexReader().numDocs() / 10));
		mlt.setMaxQueryTerms(25);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(mlt.like(doc), Occur.SHOULD);
		Document source = searcher.storedFields()
			.document(doc, Set.of(StoryDocuments.PEOPLE, StoryDocuments.ORGANIZATIONS));
		for (String field : List.of(StoryDocuments.PEOPLE, StoryDocuments.ORGANIZATIONS)) {
			for (IndexableField value : source.getFields(field)) {
				query.add(new BoostQuery(LongPoint.newExactQuery(field, value.numericValue().longValue()), 4f),
						Occur.SHOULD);
			}
		}
		query.add(new TermQuery(StoryDocuments.idTerm(articleId)), Occur.MUST_NOT);
		query.setMinimumNumberShouldMatch(1);
		TopDocs top = searcher.search(FunctionScoreQuery.boostByValue(query.build(), freshness()), limit);
		return ids(searcher, top);
	}

	/** Up to {@code limit} distinct headlines starting with, or containing the words of, {@code typed}. */
	List<String> suggest(IndexSearcher searcher, String typed, int limit) throws IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		String key = typed.toLowerCase(Locale.ROOT);
		query.add(new BoostQuery(new PrefixQuery(new Term(StoryDocuments.HEADLINE_KEY, key)), 3f), Occur.SHOULD);
		Query words = lastWordOpen(typed);
		if (words != null) {
			query.add(words, Occur.SHOULD);
		}
		TopDocs top = searcher.search(FunctionScoreQuery.boostByValue(query.build(), freshness()), limit * 3);
		StoredFields stored = searcher.storedFields();
		Set<String> headlines = new LinkedHashSet<>();
		for (ScoreDoc hit : top.scoreDocs) {
			String headline = stored.document(hit.doc, Set.of(StoryDocuments.HEADLINE)).get(StoryDocuments.HEADLINE);
			headlines.add(headline.length() > SUGGESTION_LENGTH ? headline.substring(0, SUGGESTION_LENGTH) + "…"
					: headline);
			if (headlines.size() == limit) {
				break;
			}
		}
		return List.copyOf(headlines);
	}

	/** The words typed so far in the headline, the last one perhaps unfinished (삼성전자 실 → 실적). */
	private Query lastWordOpen(String typed) {
		String[] words = typed.split("\\s+");
		String last = words[words.length - 1].toLowerCase(Locale.ROOT);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (words.length > 1) {
			Query before = new QueryBuilder(analyzers.query()).createBooleanQuery(StoryDocuments.HEADLINE,
					String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)), Occur.MUST);
			if (before != null) {
				query.add(before, Occur.MUST);
			}
		}
		query.add(new PrefixQuery(new Term(StoryDocuments.HEADLINE, last)), Occur.MUST);
		return query.build();
	}

	private Freshness freshness() {
		return new Freshness(System.currentTimeMillis());
	}

	private static List<Long> ids(IndexSearcher searcher, TopDocs top) throws IOException {
		StoredFields stored = searcher.storedFields();
		List<Long> ids = new ArrayList<>();
		for (ScoreDoc hit : top.scoreDocs) {
			ids.add(Long.parseLong(stored.document(hit.doc, Set.of(StoryDocuments.ID)).get(StoryDocuments.ID)));
		}
		return ids;
	}
}
