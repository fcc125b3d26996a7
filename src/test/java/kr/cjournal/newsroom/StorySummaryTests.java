package kr.cjournal.newsroom;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader reads in a teaser, a meta description or a social card: words, never markup. */
class StorySummaryTests {

	private static final PhotoFiles NO_FILES = ids -> Map.of();

	/** Links every 한울그룹 to company 1 and every 정태오 to person 7, as the directory would. */
	private static final MentionLinker DIRECTORY = new MentionLinker() {
		@Override
		public Links prepare(Story story) {
			return text -> {
				List<Link> links = new ArrayList<>();
				find(text, "한울그룹", "/company/1", "company_link", links);
				find(text, "정태오", "/people/7", "human_link", links);
				links.sort((a, b) -> Integer.compare(a.start(), b.start()));
				return links;
			};
		}

		private void find(String text, String name, String url, String css, List<Link> links) {
			int at = text.indexOf(name);
			if (at >= 0) {
				links.add(new Link(at, at + name.length(), url, css));
			}
		}

		@Override
		public void record(long articleId, OffsetDateTime publishedAt, Story story) {
		}

		@Override
		public void forget(long articleId) {
		}
	};

	@Test
	void linkedPeopleAndCompaniesAreTheirNamesOnly() {
		StoryMarkdown.Rendered rendered = StoryMarkdown.render("\"한울그룹\"이 주력 계열사 대표에 정태오 회장을 앉혔다.", NO_FILES,
				new StoryMarkdown.Head(null, "제목", null, List.of()), DIRECTORY);

		assertThat(rendered.html()).as("the body links both").contains("href=\"/company/1\"", "href=\"/people/7\"");
		assertThat(rendered.summary()).isEqualTo("\"한울그룹\"이 주력 계열사 대표에 정태오 회장을 앉혔다.");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			link             | [한울그룹](/company/1)이 [정태오](/people/7 "인물") 회장을 선임했다.  | 한울그룹이 정태오 회장을 선임했다.
			foreign link     | [공시](https://dart.fss.or.kr/x?a=1)에 따르면 매출이 늘었다.          | 공시에 따르면 매출이 늘었다.
			reference link   | '[한울][1]이 발표했다.\n\n[1]: /company/1'                          | 한울이 발표했다.
			bare address     | 자세한 내용은 홈페이지(https://example.com/a)에 있다.                | 자세한 내용은 홈페이지에 있다.
			angle autolink   | 문의는 <https://example.com> 으로.                                   | 문의는 으로.
			inline image     | '로고 ![한울 로고](image:42 "캡션 | 크레딧") 옆에 섰다.'             | 로고 한울 로고 옆에 섰다.
			foreign image    | 본문 ![추적 픽셀](https://tracker.example/p.gif) 끝.                  | 본문 추적 픽셀 끝.
			bold and italic  | **매출**이 *30%* 늘고 __이익__은 *두 배*가 됐다.                      | 매출이 30% 늘고 이익은 두 배가 됐다.
			bold by particle | **"한울"**이 **1위**를 지켰다.                                      | "한울"이 1위를 지켰다.
			code             | 종목코드 `005930`을 입력한다.                                       | 종목코드 005930을 입력한다.
			inline html      | <b>굵게</b> 쓴 <a href="/company/1">한울</a> 기사.                   | 굵게 쓴 한울 기사.
			footnote mark    | 매출이 늘었다[^1]. 이익도 늘었다[^주2].                              | 매출이 늘었다. 이익도 늘었다.
			plain brackets   | 이른바 [K-반도체] 전략이다.                                          | 이른바 [K-반도체] 전략이다.
			dateline         | [서울=씨저널 김철수 기자] 한울그룹이 발표했다.                       | 한울그룹이 발표했다.
			bold dateline    | **[씨저널]** 리드 문장이다.                                          | 리드 문장이다.
			line breaks      | '첫 줄이다.\n둘째 줄이다.  \n셋째 줄.'                                | 첫 줄이다. 둘째 줄이다. 셋째 줄.
			heading first    | '# 소제목\n\n첫 문단이다.'                                           | 첫 문단이다.
			quote only       | '> 인용한 **말**이다.'                                                | 인용한 말이다.
			list only        | '- 하나\n- [둘](/people/2)\n- 셋'                                     | 하나 둘 셋
			html block       | '<div class="x">\n<script>alert(1)</script>\n</div>\n\n본문이다.'    | 본문이다.
			table            | '| 회사 | 매출 |\n|---|---|\n| [한울](/company/1) | 10 |'                | 회사 매출 한울 10
			""")
	void summariesAreTheWordsAReaderSees(String what, String markdown, String summary) {
		String made = StorySummary.of(markdown.replace("\\n", "\n"));

		assertThat(made).as(what).isEqualTo(summary);
		assertThat(made).doesNotContain("](", "**", "__", "image:", "/company/", "/people/", "http", "<", "`");
	}

	@Test
	void aLongLeadIsCutAtASpaceWithAnEllipsis() {
		String lead = "[한울그룹](/company/1)은 " + "반도체 사업을 키운다. ".repeat(20);

		String summary = StorySummary.of(lead);

		assertThat(summary).startsWith("한울그룹은 반도체").endsWith("…").doesNotContain("/company/");
		assertThat(summary.length()).isLessThanOrEqualTo(StorySummary.LENGTH + 1);
		assertThat(summary.charAt(summary.length() - 2)).isNotEqualTo(' ');
	}

	@Test
	void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
		String summary = StorySummary.of("😀".repeat(200));

		assertThat(summary).endsWith("…");
		assertThat(summary.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
		assertThat(Character.isHighSurrogate(summary.charAt(summary.length() - 2))).isFalse();
	}

	@Test
	void photosAndEmptyStoriesGiveNoSummary() {
		assertThat(StorySummary.of("![사진](image:42 \"캡션\")")).isEmpty();
		assertThat(StorySummary.of("")).isEmpty();
		assertThat(StorySummary.of((String) null)).isEmpty();
	}
}
