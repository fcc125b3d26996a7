package kr.cjournal.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kr.cjournal.search.SearchQuery;

class QueryTextTests {

	@Test
	void readsWordsPhrasesAndExclusions() {
		QueryText text = QueryText.parse("삼성전자 \"반도체 수출\" -주가 -\"외국인 매도\"");
		assertThat(text.words()).containsExactly("삼성전자");
		assertThat(text.phrases()).containsExactly("반도체 수출");
		assertThat(text.excluded()).containsExactly("주가", "외국인 매도");
	}

	@Test
	void unbalancedQuoteIsText() {
		QueryText text = QueryText.parse("\"AND (");
		assertThat(text.words()).containsExactly("AND", "(");
		assertThat(text.phrases()).isEmpty();
	}

	@Test
	void aLoneDashIsNotAnExclusion() {
		assertThat(QueryText.parse("HBM - 수요").excluded()).isEmpty();
	}

	@Test
	void cutsLongTextAndDropsControlCharacters() {
		QueryText text = QueryText.parse("가".repeat(1000) + "\u0000\u200b나");
		assertThat(text.words()).containsExactly("가".repeat(SearchQuery.MAX_TEXT));
		assertThat(QueryText.parse("반도체\u0007수출").words()).containsExactly("반도체", "수출");
	}

	@Test
	void repeatedWordsCountOnceAndTheirNumberIsCapped() {
		assertThat(QueryText.parse("반도체 반도체 HBM").words()).containsExactly("반도체", "HBM");
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 60; i++) {
			many.append((char) ('가' + i)).append(' ');
		}
		assertThat(QueryText.parse(many.toString()).words()).hasSize(QueryText.MAX_PARTS);
	}

	@Test
	void emptyAndBlankAreEmpty() {
		assertThat(QueryText.parse("").isEmpty()).isTrue();
		assertThat(QueryText.parse("   \"\" ").isEmpty()).isTrue();
		assertThat(QueryText.parse(null).isEmpty()).isTrue();
		assertThat(QueryText.parse("-삼성").isEmpty()).isTrue();
	}
}
