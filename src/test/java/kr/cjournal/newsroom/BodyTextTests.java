package kr.cjournal.newsroom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored body as the plain text another system gets: blocks apart, no markup, no photos. */
class BodyTextTests {

	@Test
	void paragraphsHeadingsAndListItemsAreBlocksSeparatedByABlankLine() {
		String html = """
				<p>한울전자가 <strong>3분기</strong> 실적을 <a href="/company/3" class="company_link">발표</a>했다.</p>
				<h2>반도체 회복</h2>
				<ul>
				<li>메모리 가격 상승</li>
				<li>재고 감소</li>
				</ul>
				<blockquote><p>하반기에도 이어질 것</p></blockquote>""";

		assertThat(BodyText.of(html)).isEqualTo("""
				한울전자가 3분기 실적을 발표했다.

				반도체 회복

				메모리 가격 상승

				재고 감소

				하반기에도 이어질 것""");
	}

	@Test
	void entitiesAreDecodedAndNothingLooksLikeMarkup() {
		String text = BodyText.of("<p>매출 &lt;10조&gt; &amp; 영업이익 &quot;흑자&quot;&nbsp;전환 &#x1F4C8;</p>");

		assertThat(text).isEqualTo("매출 <10조> & 영업이익 \"흑자\" 전환 📈");
	}

	@Test
	void photoFiguresAreLeftOutAndLineBreaksKept() {
		String html = """
				<p>첫째 줄<br>둘째 줄</p>
				<figure class="photo"><img src="/media/ab/x.jpg" alt="공장"><figcaption>한울전자 평택 공장 <span class="credit">사진 한울전자</span></figcaption></figure>
				<p>마지막   문단</p>""";

		assertThat(BodyText.of(html)).isEqualTo("첫째 줄\n둘째 줄\n\n마지막 문단");
	}

	@Test
	void tableRowsAreLinesWithCellsTabSeparated() {
		String html = "<table><thead><tr><th>구분</th><th>매출</th></tr></thead>"
				+ "<tbody><tr><td>3분기</td><td>10조</td></tr></tbody></table>";

		assertThat(BodyText.of(html)).isEqualTo("구분\t매출\n\n3분기\t10조");
	}

	@Test
	void anEmptyBodyIsEmptyText() {
		assertThat(BodyText.of(null)).isEmpty();
		assertThat(BodyText.of("  ")).isEmpty();
		assertThat(BodyText.of("<p> </p><figure class=\"photo\"><figcaption>캡션</figcaption></figure>")).isEmpty();
	}
}
