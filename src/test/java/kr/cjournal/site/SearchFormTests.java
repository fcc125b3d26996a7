package kr.cjournal.site;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kr.cjournal.search.SearchQuery;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever address a reader has, the search page reads something sensible from it. */
class SearchFormTests {

	@Test
	void controlCharactersBecomeSpacesAndALongQueryIsCut() {
		assertThat(SearchForm.text("삼성\u0000\u0007전자\u001b  \t 반도체\u200b")).isEqualTo("삼성 전자 반도체");
		assertThat(SearchForm.text("가".repeat(1_000))).hasSize(SearchQuery.MAX_TEXT);
		assertThat(SearchForm.text("😀".repeat(300)).codePointCount(0, SearchForm.text("😀".repeat(300)).length()))
			.isEqualTo(SearchQuery.MAX_TEXT);
		assertThat(SearchForm.text("\ud800 외톨이")).isEqualTo("외톨이");
		assertThat(SearchForm.text(null)).isEmpty();
	}

	@Test
	void badDatesAreIgnoredAndReversedOnesSwapped() {
		SearchForm bad = SearchForm.read("a", null, "2024-13-45", "어제", null, null, null, null);
		assertThat(bad.from()).isNull();
		assertThat(bad.to()).isNull();

		SearchForm reversed = SearchForm.read("a", null, "2024-06-30", "2024-06-01", null, null, null, null);
		assertThat(reversed.from()).isEqualTo(LocalDate.of(2024, 6, 1));
		assertThat(reversed.to()).isEqualTo(LocalDate.of(2024, 6, 30));
	}

	@Test
	void pageNumbersAreClampedAndBadIdsAndSortsIgnored() {
		assertThat(SearchForm.read("a", null, null, null, null, null, null, "-1").page()).isEqualTo(1);
		assertThat(SearchForm.read("a", null, null, null, null, null, null, "abc").page()).isEqualTo(1);
		assertThat(SearchForm.read("a", null, null, null, null, null, null, "99999").page())
			.isEqualTo(SearchForm.MAX_PAGE);
		SearchForm odd = SearchForm.read("a", null, null, null, "x1", "-3", "oldest", null);
		assertThat(odd.reporter()).isNull();
		assertThat(odd.person()).isNull();
		assertThat(odd.sort()).isEqualTo(SearchQuery.Sort.RELEVANCE);
		assertThat(SearchForm.read("a", null, null, null, null, null, "newest", null).sort())
			.isEqualTo(SearchQuery.Sort.NEWEST);
	}

	@Test
	void pageLinksKeepTheSearchAndEncodeIt() {
		SearchForm form = SearchForm.read("R&D #1 삼성", "economy", "2024-06-01", null, "3", "7", "newest", "2");

		assertThat(form.url(3)).isEqualTo("/search?q=R%26D%20%231%20%EC%82%BC%EC%84%B1&section=economy"
				+ "&from=2024-06-01&reporter=3&person=7&sort=newest&page=3");
		assertThat(form.withoutReporter()).doesNotContain("reporter=").contains("person=7").doesNotContain("page=");
		assertThat(form.withoutPerson()).doesNotContain("person=").contains("reporter=3");
	}
}
