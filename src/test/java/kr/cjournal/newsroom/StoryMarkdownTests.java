package kr.cjournal.newsroom;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StoryMarkdownTests {

	private static final String KEY = "ab/" + "ab".repeat(32) + ".jpg";

	private static final PhotoFiles FILES = ids -> Map.of(42L, new PhotoFiles.StoredPhoto(42, KEY, "/media/" + KEY,
			"/media/" + KEY + " 480w, /media/" + KEY + " 960w", 960, 540));

	@Test
	void paragraphsHeadingsListsAndLinksBecomeHtml() {
		Document body = render("""
				[씨저널] 첫 문단에 **강조**와 [링크](https://example.com)가 있다.

				# 소제목

				- 하나
				- 둘
				""");

		assertThat(body.select("p").first().text()).isEqualTo("[씨저널] 첫 문단에 강조와 링크가 있다.");
		assertThat(body.select("strong").text()).isEqualTo("강조");
		assertThat(body.select("a").attr("href")).isEqualTo("https://example.com");
		assertThat(body.select("a").attr("rel")).contains("nofollow", "noopener");
		assertThat(body.select("h2").text()).as("headings start below the headline's h1").isEqualTo("소제목");
		assertThat(body.select("h1")).isEmpty();
		assertThat(body.select("li")).extracting(Element::text).containsExactly("하나", "둘");
	}

	@Test
	void aPhotoParagraphBecomesAFigureWithCaptionCreditAndResponsiveSources() {
		StoryMarkdown.Rendered rendered = StoryMarkdown.render("""
				첫 문단.

				![회의 장면](image:42 "정태오 회장이 발언하고 있다. | 한울그룹")

				둘째 문단.
				""", FILES);
		Document body = Jsoup.parseBodyFragment(rendered.html());

		Element figure = body.selectFirst("figure.photo");
		assertThat(figure.select("img").attr("src")).isEqualTo("/media/" + KEY);
		assertThat(figure.select("img").attr("srcset")).contains("480w", "960w");
		assertThat(figure.select("img").attr("alt")).isEqualTo("회의 장면");
		assertThat(figure.select("figcaption").text()).isEqualTo("정태오 회장이 발언하고 있다. 한울그룹");
		assertThat(figure.select("figcaption .credit").text()).isEqualTo("한울그룹");
		assertThat(rendered.photos()).containsExactly(new StoryMarkdown.PlacedPhoto(42, "회의 장면", "정태오 회장이 발언하고 있다.", "한울그룹"));
		assertThat(rendered.summary()).isEqualTo("첫 문단.");
	}

	@Test
	void unknownPhotosAndForeignImagesAreNotEmbedded() {
		StoryMarkdown.Rendered rendered = StoryMarkdown.render("""
				![없는 사진](image:7 "캡션")

				본문 ![추적 픽셀](https://tracker.example/p.gif) 끝.
				""", FILES);

		assertThat(rendered.html()).doesNotContain("<img", "tracker.example", "figure");
		assertThat(rendered.photos()).isEmpty();
		assertThat(rendered.html()).contains("본문 추적 픽셀 끝.");
	}

	@Test
	void theSummaryLeavesOutTheDatelineAndPhotos() {
		StoryMarkdown.Rendered rendered = StoryMarkdown.render("![사진](image:42 \"캡션\")\n\n[씨저널] 리드 문장이다.", FILES);

		assertThat(rendered.summary()).isEqualTo("리드 문장이다.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "지분 *50%*와 _특수_ 문자", "1. 번호처럼 보이는 문단", "- 목록처럼 보이는 문단",
			"# 제목처럼 보이는 문단", "<b>태그처럼</b> 보이는 글", "[링크처럼](보이는) 글", "역슬래시 \\ 와 `코드`" })
	void plainTextParagraphsKeepTheirTextWhenTurnedIntoMarkdown(String text) {
		Document body = render(Draft.escapeMarkdown(text));

		assertThat(body.select("p").text()).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">클릭</a>", "[클릭](javascript:alert(1))", "[클릭](JaVaScRiPt:alert(1))",
			"<svg onload=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>", "<body onload=alert(1)>",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "[x](data:text/html;base64,PHNjcmlwdD4=)",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"![x](image:42 \"\\\"><script>alert(1)</script>\")", "<object data=\"x.swf\"></object>",
			"<input autofocus onfocus=alert(1)>", "<details open ontoggle=alert(1)>", "<<script>script>alert(1)<</script>/script>",
			"<a href=\"&#106;avascript:alert(1)\">x</a>", "<img src=\"/media/ab/x.jpg\" onerror=\"alert(1)\">" })
	void scriptsAndEventHandlersNeverReachAReader(String payload) {
		String html = StoryMarkdown.render("문단 앞.\n\n" + payload + "\n\n문단 뒤.", FILES).html();
		Document body = Jsoup.parseBodyFragment(html);

		assertThat(body.select("script, iframe, object, svg, style, input, details, math, body *[onload]")).isEmpty();
		assertThat(body.getAllElements()).allSatisfy(element -> element.attributes()
			.forEach(attribute -> assertThat(attribute.getKey()).doesNotStartWith("on")));
		assertThat(body.select("a[href]").eachAttr("href"))
			.noneMatch(href -> href.strip().toLowerCase().matches("^(javascript|data|vbscript):.*"));
		assertThat(body.select("[style]")).isEmpty();
	}

	private static Document render(String markdown) {
		return Jsoup.parseBodyFragment(StoryMarkdown.render(markdown, FILES).html());
	}
}
