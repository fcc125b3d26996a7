package kr.cjournal.newsroom;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleBodyTests {

	private static final Photo FIRST = new Photo("aa/1.jpg", 1200, 675, "첫 사진 <캡션>", "대체 \"글\"", "씨저널");

	private static final Photo SECOND = new Photo("aa/2.jpg", 1200, 675, "둘째 사진", "둘째", null);

	@Test
	void theFirstPhotoFollowsTheFirstParagraphAndOthersSpreadOverTheRest() {
		String html = ArticleBody.compose(List.of("하나", "둘", "셋", "넷"), List.of(FIRST, SECOND));

		assertThat(html.indexOf("하나")).isLessThan(html.indexOf("aa/1.jpg"));
		assertThat(html.indexOf("aa/1.jpg")).isLessThan(html.indexOf("둘"));
		assertThat(html.indexOf("셋")).isLessThan(html.indexOf("aa/2.jpg"));
		assertThat(html.indexOf("aa/2.jpg")).isLessThan(html.indexOf("넷"));
	}

	@Test
	void textIsEscapedAndOnlyTheFirstPhotoLoadsEagerly() {
		String html = ArticleBody.compose(List.of("<script>alert(1)</script> \"따옴표\""), List.of(FIRST, SECOND));

		assertThat(html).doesNotContain("<script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("첫 사진 &lt;캡션&gt;")
			.contains("alt=\"대체 &quot;글&quot;\"")
			.contains("<span class=\"credit\">씨저널</span>");
		assertThat(html.indexOf("fetchpriority=\"high\"")).isLessThan(html.indexOf("loading=\"lazy\""));
	}

	@Test
	void photosWithoutParagraphsAreStillShown() {
		assertThat(ArticleBody.compose(List.of(), List.of(FIRST))).contains("<figure class=\"photo\">");
	}

	@Test
	void theSummaryDropsTheDatelineAndCutsLongLeadsAtAWord() {
		assertThat(ArticleBody.summarize(List.of("[씨저널] 짧은 첫 문단이다.", "둘째"))).isEqualTo("짧은 첫 문단이다.");
		String longLead = "[씨저널] " + "가나다라마 ".repeat(60);
		String summary = ArticleBody.summarize(List.of(longLead));
		assertThat(summary).endsWith("…").hasSizeLessThanOrEqualTo(141).doesNotContain("[씨저널]");
		assertThat(summary.charAt(summary.length() - 2)).isNotEqualTo(' ');
	}
}
