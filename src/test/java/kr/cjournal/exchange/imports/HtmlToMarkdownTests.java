package kr.cjournal.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

import kr.cjournal.support.AdversarialTexts;
import kr.cjournal.support.XssPayloads;

class HtmlToMarkdownTests {

	private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	@Test
	void subheadsListsQuotesAndLinksBecomeMarkdown() {
		String markdown = HtmlToMarkdown.convert("""
				<h1>큰 제목</h1><h3>소제목</h3><h5>작은 제목</h5>
				<p>첫 줄<br>둘째 줄</p>
				<ul><li>하나<ul><li>하나의 하나</li></ul></li><li><b>둘</b></li></ul>
				<ol start="3"><li>셋</li><li>넷</li></ol>
				<blockquote><p>인용 문단</p><p>둘째 문단</p></blockquote>
				<p><a href="/2024/01/02/old-story/">지난 기사</a>와 <a href="mailto:desk@paper.kr">메일</a></p>
				""", "https://paper.kr/2024/02/01/new/", HtmlToMarkdown.ImageSink.NONE);

		assertThat(markdown).isEqualTo("""
				## 큰 제목

				## 소제목

				작은 제목

				첫 줄\\
				둘째 줄

				- 하나
				  - 하나의 하나
				- **둘**

				3. 셋
				4. 넷

				> 인용 문단
				>
				> 둘째 문단

				[지난 기사](https://paper.kr/2024/01/02/old-story/)와 메일""");
	}

	@Test
	void textThatLooksLikeMarkdownStaysText() {
		String html = "<p>1. 첫째가 아니다</p><p>- 목록도 아니다 *별표* _밑줄_ [괄호](x) &lt;b&gt; # 샵 &amp;copy;</p>"
				+ "<p>줄<br>2) 둘<br>=====<br>+ 더하기</p>";

		String markdown = HtmlToMarkdown.convert(html, HtmlToMarkdown.ImageSink.NONE);

		assertThat(text(markdown)).isEqualTo("1. 첫째가 아니다\n- 목록도 아니다 *별표* _밑줄_ [괄호](x) <b> # 샵 &copy;\n"
				+ "줄\n2) 둘\n=====\n+ 더하기");
		assertThat(html(markdown)).doesNotContain("<ol", "<ul", "<em", "<a ", "<h1", "<b>");
	}

	@Test
	void boldNextToPunctuationIsDroppedRatherThanShownAsAsterisks() {
		String markdown = HtmlToMarkdown.convert(
				"<p>회사는<b>“혁신”</b>이라고 했다. <b> 삼성 </b>전자와 <i>LG</i>, <b>한빛</b><b>전자</b>가</p>",
				HtmlToMarkdown.ImageSink.NONE);

		assertThat(markdown).isEqualTo("회사는“혁신”이라고 했다. **삼성** 전자와 *LG*, **한빛전자**가");
		assertThat(text(markdown)).doesNotContain("*");
	}

	@Test
	void picturesAreParagraphsOfTheirOwnWhereTheSinkPlacesThem() {
		List<String> asked = new ArrayList<>();
		HtmlToMarkdown.ImageSink sink = (src, alt, caption) -> {
			asked.add(src + " | " + alt + " | " + caption);
			return src.contains("gone") ? null : new HtmlToMarkdown.Placed("import:" + asked.size(), alt, caption);
		};

		String markdown = HtmlToMarkdown.convert("""
				<p>앞 문장 <img src="/a.jpg" alt="가 [사진]"> 뒷 문장</p>
				<figure><img data-src="https://cdn.kr/b.jpg" src="data:image/gif;base64,R0lG"><figcaption>“큰따옴표” 캡션</figcaption></figure>
				<p><img src="https://cdn.kr/gone.jpg"></p>
				""", "https://paper.kr/story/", sink);

		assertThat(asked).containsExactly("https://paper.kr/a.jpg | 가 [사진] | ", "https://cdn.kr/b.jpg |  | “큰따옴표” 캡션",
				"https://cdn.kr/gone.jpg |  | ");
		assertThat(markdown).isEqualTo("""
				앞 문장

				![가 \\[사진\\]](import:1)

				뒷 문장

				![](import:2 "“큰따옴표” 캡션")""");
	}

	@Test
	void simpleTablesBecomeTables() {
		String markdown = HtmlToMarkdown.convert(
				"<table><tr><th>종목</th><th>종가</th></tr><tr><td>한빛전자</td><td>71,200 | 상승</td></tr></table>",
				HtmlToMarkdown.ImageSink.NONE);

		assertThat(markdown).isEqualTo("| 종목 | 종가 |\n| --- | --- |\n| 한빛전자 | 71,200 \\| 상승 |");
		assertThat(html(markdown)).contains("<table>", "<td>71,200 | 상승</td>");
	}

	@Test
	void adversarialTextsReadAsWrittenWhateverTheyHold() {
		for (Map.Entry<String, String> text : AdversarialTexts.all().entrySet()) {
			String written = MarkdownText.oneLine(text.getValue());

			String markdown = HtmlToMarkdown.convert("<p>" + Entities.escape(text.getValue()) + "</p>",
					HtmlToMarkdown.ImageSink.NONE);

			assertThat(text(markdown).replaceAll("\\s+", " ").strip()).as(text.getKey())
				.isEqualTo(written.replaceAll("\\s+", " "));
		}
	}

	@Test
	void scriptsHandlersAndScriptLinksNeverReachTheMarkdown() {
		for (String payload : XssPayloads.all()) {
			String markdown = HtmlToMarkdown.convert("<p>기사 " + payload + " 끝</p>", "https://paper.kr/a/",
					(src, alt, caption) -> new HtmlToMarkdown.Placed("import:0", alt, caption));

			String rendered = rawHtml(markdown);
			assertThat(rendered).as(payload)
				.doesNotContainIgnoringCase("<script")
				.doesNotContainPattern("(?i)(href|src)=\"[^\"]*(javascript|data):")
				.doesNotContainIgnoringCase("<iframe")
				.doesNotContainPattern("<[a-z]+[^>]*\\son[a-z]+=");
		}
	}

	/** What a reader sees of the Markdown, as text. */
	private static String text(String markdown) {
		return TextContentRenderer.builder().build().render(MARKDOWN.parse(markdown)).strip();
	}

	private static String html(String markdown) {
		return HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build()
			.render(MARKDOWN.parse(markdown));
	}

	/** The Markdown rendered with raw HTML passed through, as no renderer of ours does: nothing may slip in. */
	private static String rawHtml(String markdown) {
		return HtmlRenderer.builder().escapeHtml(false).sanitizeUrls(false).build().render(MARKDOWN.parse(markdown));
	}
}
