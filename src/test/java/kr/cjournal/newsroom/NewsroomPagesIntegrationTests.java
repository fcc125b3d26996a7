package kr.cjournal.newsroom;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.core.Kst;
import kr.cjournal.support.NewsroomAppTest;

import static kr.cjournal.support.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The newsroom's pages as reporters and editors use them. */
@NewsroomAppTest
class NewsroomPagesIntegrationTests {

	static final Actor HANA = new Actor("hana", java.util.Set.of(Role.REPORTER));

	static final Actor EDITOR = new Actor("desk", java.util.Set.of(Role.EDITOR));

	@Autowired
	MockMvc mvc;

	@Autowired
	DeskFixture fixture;

	@Autowired
	Desk desk;

	@Autowired
	Manuscripts manuscripts;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void newsroom() {
		fixture.reset();
	}

	@Test
	void aReporterStartsAStoryAndGetsTheEditor() throws Exception {
		MvcResult created = mvc.perform(post("/newsroom/articles").with(as("hana", "REPORTER")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/newsroom/articles/*/edit"))
			.andReturn();

		Document editor = page(created.getResponse().getRedirectedUrl(), "hana", "REPORTER");
		assertThat(editor.select("#headline").attr("maxlength")).isEqualTo("80");
		assertThat(editor.select("#headline-count").text()).isEqualTo("0 / 80자");
		assertThat(editor.select("#sectionId option")).extracting(e -> e.text()).contains("기업과산업 › 기업일반");
		assertThat(editor.select(".md-toolbar [data-md=photo]")).hasSize(1);
		assertThat(editor.select("#submit-button").text()).isEqualTo("데스크에 넘기기");
		assertThat(editor.select("#publish-button")).as("reporters cannot publish").isEmpty();
	}

	@Test
	void aRefusedSaveKeepsEverythingTheWriterTyped() throws Exception {
		long id = desk.createDraft(HANA, fixture.draft("원래 제목"));
		String longHeadline = "가".repeat(81);

		MvcResult result = mvc.perform(post("/newsroom/articles/" + id).with(as("hana", "REPORTER"))
			.param("version", "0")
			.param("sectionId", String.valueOf(fixture.general()))
			.param("headline", longHeadline)
			.param("body", "방금 쓴 본문 <b>그대로</b>"))
			.andExpect(status().isBadRequest())
			.andReturn();

		Document editor = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(editor.select("#headline").val()).isEqualTo(longHeadline);
		assertThat(editor.select("#body").val()).isEqualTo("방금 쓴 본문 <b>그대로</b>");
		assertThat(editor.select(".field-error").text()).contains("제목은 80자까지");
		assertThat(manuscripts.find(id).orElseThrow().headline()).isEqualTo("원래 제목");
	}

	@Test
	void savingFromTheEditorScriptAnswersJsonAndAStaleVersionIsAConflictThatKeepsTheText() throws Exception {
		long id = desk.createDraft(HANA, fixture.draft("제목"));
		String body = """
				{"version":"0","sectionId":"%d","headline":"자동 저장 제목","subtitle":"","body":"본문","reporterIds":[],
				 "tags":"반도체","autosave":true}""".formatted(fixture.general());

		JsonNode saved = json(mvc.perform(post("/newsroom/articles/" + id + "/draft").with(as("hana", "REPORTER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andReturn());
		assertThat(saved.path("version").asInt()).isEqualTo(1);

		JsonNode conflict = json(mvc.perform(post("/newsroom/articles/" + id + "/draft").with(as("hana", "REPORTER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("자동 저장 제목", "늦은 제목"))).andExpect(status().isConflict()).andReturn());
		assertThat(conflict.path("message").asString()).contains("보관");
		assertThat(conflict.path("keptRevision").asInt()).isPositive();
		assertThat(manuscripts.find(id).orElseThrow().headline()).isEqualTo("자동 저장 제목");
	}

	@Test
	void thePreviewIsSanitisedLikeThePublishedBody() throws Exception {
		JsonNode preview = json(mvc.perform(post("/newsroom/preview").with(as("hana", "REPORTER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"markdown\":\"**굵게** <script>alert(1)</script>\"}")).andExpect(status().isOk()).andReturn());

		assertThat(preview.path("html").asString()).contains("<strong>굵게</strong>").doesNotContain("<script>");
	}

	@Test
	void anEditorPublishesFromTheEditorAndReadersSeeTheStory() throws Exception {
		long id = desk.createDraft(HANA, fixture.draft("출고할 기사"));
		desk.submit(HANA, id);
		Document queue = page("/newsroom", "desk", "EDITOR");
		assertThat(queue.select("#desk-queue a")).extracting(e -> e.text()).containsExactly("출고할 기사");

		mvc.perform(post("/newsroom/articles/" + id + "/publish").with(as("desk", "EDITOR")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "출고했습니다. 독자 화면에 바로 보입니다."));

		mvc.perform(get("/article/" + id)).andExpect(status().isOk());
	}

	@Test
	void anEditorSchedulesForAKoreanTimeAndSetsAnEmbargo() throws Exception {
		long id = desk.createDraft(HANA, fixture.draft("예약할 기사"));
		String kst = java.time.LocalDateTime.now(Kst.ZONE).plusDays(1).withHour(6).withMinute(0).withSecond(0).withNano(0)
			.toString();

		mvc.perform(post("/newsroom/articles/" + id + "/schedule").with(as("desk", "EDITOR"))
			.param("publishAt", kst.substring(0, 16))
			.param("embargo", "true")).andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("엠바고")));

		Manuscript scheduled = manuscripts.find(id).orElseThrow();
		assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(scheduled.embargo()).isTrue();
		assertThat(Kst.inputValue(scheduled.publishAt())).isEqualTo(kst.substring(0, 16));
		mvc.perform(post("/newsroom/articles/" + id + "/schedule").with(as("desk", "EDITOR")).param("publishAt", "내일 아침"))
			.andExpect(flash().attribute("alert", "예약 시각은 지금보다 뒤여야 합니다."));
	}

	@Test
	void anEditorCorrectsAndUnpublishesFromTheEditor() throws Exception {
		long id = published("고칠 기사");
		Manuscript before = manuscripts.find(id).orElseThrow();

		mvc.perform(post("/newsroom/articles/" + id + "/correct").with(as("desk", "EDITOR"))
			.param("version", String.valueOf(before.version()))
			.param("sectionId", String.valueOf(fixture.general()))
			.param("headline", "고친 기사")
			.param("body", before.bodyMarkdown())
			.param("note", "제목의 회사명을 바로잡았습니다.")).andExpect(status().is3xxRedirection());
		Document article = Jsoup.parse(mvc.perform(get("/article/" + id)).andReturn().getResponse().getContentAsString());
		assertThat(article.select("h1.headline").text()).isEqualTo("고친 기사");
		assertThat(article.select(".correction-note").text()).contains("제목의 회사명을 바로잡았습니다.");

		mvc.perform(post("/newsroom/articles/" + id + "/unpublish").with(as("desk", "EDITOR")).param("reason", ""))
			.andExpect(flash().attribute("alert", org.hamcrest.Matchers.containsString("까닭")));
		mvc.perform(post("/newsroom/articles/" + id + "/unpublish").with(as("desk", "EDITOR")).param("reason", "오보"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/article/" + id)).andExpect(status().isGone());
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		long id = desk.createDraft(HANA, fixture.draft("CSRF"));

		mvc.perform(post("/newsroom/articles/" + id + "/submit")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("hana")
				.roles("REPORTER"))).andExpect(status().isForbidden());
		assertThat(manuscripts.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void anonymousVisitorsAreSentToTheSignInPage() throws Exception {
		mvc.perform(get("/newsroom")).andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
	}

	@Test
	void aReporterWhoTriesToPublishIsToldNoAndNothingIsPublished() throws Exception {
		long id = desk.createDraft(HANA, fixture.draft("기자가 출고 시도"));

		mvc.perform(post("/newsroom/articles/" + id + "/publish").with(as("hana", "REPORTER")))
			.andExpect(flash().attribute("alert", "데스크(에디터)만 할 수 있는 일입니다."));

		mvc.perform(get("/article/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void aReporterCannotOpenTheDeskOrTheSectionAdmin() throws Exception {
		mvc.perform(get("/newsroom/desk").with(as("hana", "REPORTER"))).andExpect(status().isForbidden());
		mvc.perform(post("/newsroom/admin/sections").with(as("hana", "REPORTER")).param("slug", "x").param("name", "엑스"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDeskOrdersTopStoriesAndTheHomePageFollows() throws Exception {
		long first = published("첫째 기사");
		long second = published("둘째 기사");

		mvc.perform(post("/newsroom/desk/top-stories").with(as("desk", "EDITOR"))
			.param("position-" + first, "2")
			.param("position-" + second, "1")).andExpect(status().is3xxRedirection());

		Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		assertThat(home.select(".top-story .top-headline")).extracting(e -> e.text()).containsExactly("둘째 기사", "첫째 기사");
	}

	@Test
	void revisionsCanBeListedAndCompared() throws Exception {
		long id = desk.createDraft(HANA, fixture.draft("첫 판"));
		desk.save(HANA, id, 0, fixture.draft("둘째 판"), false);

		Document list = page("/newsroom/articles/" + id + "/revisions", "hana", "REPORTER");
		assertThat(list.select("tbody tr")).hasSize(2);
		Document diff = page("/newsroom/articles/" + id + "/diff?from=1&to=2", "hana", "REPORTER");
		assertThat(diff.select(".diff-removed").text()).contains("제목: 첫 판");
		assertThat(diff.select(".diff-added").text()).contains("제목: 둘째 판");
		mvc.perform(get("/newsroom/articles/" + id + "/revisions").with(as("jiwoo", "REPORTER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherReporterOrAModeratorCannotReadADraftOnAnyNewsroomPage() throws Exception {
		long draft = desk.createDraft(HANA, new Draft(fixture.general(), "비밀 인수 협상", null, "아직 확인 중인 인수 가격 3조원",
				List.of(), List.of()));
		desk.save(HANA, draft, 0, new Draft(fixture.general(), "비밀 인수 협상", null, "확인된 인수 가격 2조원", List.of(),
				List.of()), false);
		long embargoed = desk.createDraft(HANA, fixture.draft("엠바고 실적 발표"));
		desk.schedule(EDITOR, embargoed, java.time.OffsetDateTime.now().plusDays(1), true);

		for (String[] who : new String[][] { { "jiwoo", "REPORTER" }, { "mod", "MODERATOR" } }) {
			for (String url : List.of("/newsroom/articles/" + draft + "/edit", "/newsroom/articles/" + embargoed + "/edit",
					"/newsroom/articles/" + draft + "/revisions", "/newsroom/articles/" + draft + "/diff?from=1&to=2")) {
				String refused = mvc.perform(get(url).with(as(who[0], who[1])))
					.andExpect(status().isForbidden())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(Jsoup.parse(refused).text()).as(who[1] + " " + url)
					.contains("쓴 기자와 데스크만 볼 수 있습니다")
					.doesNotContain("인수 가격", "비밀 인수", "엠바고 실적");
			}
			String refusedSave = mvc.perform(post("/newsroom/articles/" + draft).with(as(who[0], who[1]))
				.param("version", "1")
				.param("sectionId", String.valueOf(fixture.general()))
				.param("headline", "덮어쓰기")
				.param("body", "덮어쓴 본문")).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
			assertThat(refusedSave).as("a refused save shows no editor").doesNotContain("인수 가격", "비밀 인수");
			mvc.perform(post("/newsroom/articles/" + draft + "/draft").with(as(who[0], who[1]))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":\"1\",\"sectionId\":\"%d\",\"headline\":\"덮어쓰기\",\"subtitle\":\"\",\"body\":\"x\",\"reporterIds\":[],\"tags\":\"\",\"autosave\":false}"
					.formatted(fixture.general()))).andExpect(status().isForbidden());

			Document dashboard = page("/newsroom?q=" + java.net.URLEncoder.encode("비밀", java.nio.charset.StandardCharsets.UTF_8),
					who[0], who[1]);
			assertThat(dashboard.text()).as(who[1] + " dashboard").doesNotContain("비밀 인수 협상", "엠바고 실적 발표");
			assertThat(page("/newsroom?q=" + java.net.URLEncoder.encode("엠바고", java.nio.charset.StandardCharsets.UTF_8),
					who[0], who[1]).text()).doesNotContain("엠바고 실적 발표");
		}
		assertThat(manuscripts.find(draft).orElseThrow().bodyMarkdown()).isEqualTo("확인된 인수 가격 2조원");

		assertThat(page("/newsroom/articles/" + draft + "/edit", "hana", "REPORTER").select("#body").val())
			.as("the writer").isEqualTo("확인된 인수 가격 2조원");
		assertThat(page("/newsroom/articles/" + draft + "/diff?from=1&to=2", "hana", "REPORTER").text()).contains("3조원");
		assertThat(page("/newsroom?q=" + java.net.URLEncoder.encode("비밀", java.nio.charset.StandardCharsets.UTF_8), "hana",
				"REPORTER").select("a").eachText()).contains("비밀 인수 협상");
		assertThat(page("/newsroom/articles/" + embargoed + "/edit", "desk", "EDITOR").select("#headline").val())
			.as("the desk").isEqualTo("엠바고 실적 발표");
		assertThat(page("/newsroom", "desk", "EDITOR").select("#scheduled a").eachText()).contains("엠바고 실적 발표");
	}

	@Test
	void everyStaffMemberReadsAPublishedStoryButItsDraftsStayWithItsWritersAndTheDesk() throws Exception {
		long id = published("출고된 기사");

		assertThat(page("/newsroom/articles/" + id + "/edit", "jiwoo", "REPORTER").select("#headline").val())
			.isEqualTo("출고된 기사");
		assertThat(page("/newsroom/articles/" + id + "/edit", "mod", "MODERATOR").select("#headline").val())
			.isEqualTo("출고된 기사");
		assertThat(page("/newsroom?q=" + java.net.URLEncoder.encode("출고된", java.nio.charset.StandardCharsets.UTF_8), "mod",
				"MODERATOR").select("a").eachText()).contains("출고된 기사");
		mvc.perform(get("/newsroom/articles/" + id + "/revisions").with(as("mod", "MODERATOR")))
			.andExpect(status().isForbidden());
		page("/newsroom/articles/" + id + "/revisions", "hana", "REPORTER");
		page("/newsroom/articles/" + id + "/revisions", "desk", "EDITOR");
	}

	@Test
	void revisionsTooFarApartToPairUpStillShowBothTextsWithAKoreanNote() throws Exception {
		String first = java.util.stream.IntStream.range(0, 1_200).mapToObj(i -> "첫 판 문단 " + i)
			.collect(java.util.stream.Collectors.joining("\n\n"));
		long id = desk.createDraft(HANA, new Draft(fixture.general(), "긴 기사", null, first, List.of(), List.of()));
		desk.save(HANA, id, 0, new Draft(fixture.general(), "긴 기사", null, first.replace("첫 판", "새 판"), List.of(),
				List.of()), false);

		Document diff = page("/newsroom/articles/" + id + "/diff?from=1&to=2", "hana", "REPORTER");

		assertThat(diff.select("#diff-notice").text()).startsWith("비교하기에 너무 큽니다");
		assertThat(diff.select(".diff-same").text()).contains("제목: 긴 기사");
		assertThat(diff.select(".diff-removed")).hasSize(1_200).first().extracting(e -> e.text()).asString().contains("첫 판 문단 0");
		assertThat(diff.select(".diff-added")).hasSize(1_200).last().extracting(e -> e.text()).asString().contains("새 판 문단 1199");
	}

	@Test
	void anAdminAddsASectionAndReadersSeeItInTheNavigation() throws Exception {
		mvc.perform(post("/newsroom/admin/sections").with(as("admin", "ADMIN", "EDITOR"))
			.param("slug", "global")
			.param("name", "글로벌")).andExpect(flash().attribute("notice", "섹션을 만들었습니다."));
		mvc.perform(post("/newsroom/admin/sections").with(as("admin", "ADMIN", "EDITOR"))
			.param("slug", "Bad Slug!")
			.param("name", "잘못")).andExpect(flash().attribute("alert", org.hamcrest.Matchers.containsString("slug")));

		Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		assertThat(home.select(".section-nav a")).extracting(e -> e.text()).contains("글로벌");
	}

	@Test
	void unknownArticlesAndBadIdsGetAKoreanStaffPageNotAServerError() throws Exception {
		mvc.perform(get("/newsroom/articles/999999/edit").with(as("desk", "EDITOR"))).andExpect(status().isNotFound());
		mvc.perform(get("/newsroom/articles/abc/edit").with(as("desk", "EDITOR"))).andExpect(status().isBadRequest());
		mvc.perform(post("/newsroom/articles/1/draft").with(as("desk", "EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json")).andExpect(status().isBadRequest());
	}

	private long published(String headline) {
		long id = desk.createDraft(HANA, fixture.draft(headline));
		desk.publishNow(new Actor("desk", java.util.Set.of(Role.EDITOR)), id);
		return id;
	}

	private Document page(String url, String username, String... roles) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(as(username, roles)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private JsonNode json(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString());
	}

}
