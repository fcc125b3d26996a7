package kr.cjournal.exchange;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.accounts.StaffTokens;
import kr.cjournal.accounts.StaffTokens.Member;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.newsroom.Reporters;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.support.AdversarialTexts;
import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.Staff;
import kr.cjournal.support.TestStories;
import kr.cjournal.support.XssPayloads;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The write API as a program uses it: drafts made, read, saved, submitted and published with
 * personal API tokens, and every refusal a clear status with {@code {"error", "field", "message"}}.
 */
@NewsroomAppTest
@Import(TestStories.class)
class DraftApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	Sections sections;

	@Autowired
	Reporters reporters;

	long sectionId;

	Reporter byline;

	Member reporter;

	Member editor;

	@BeforeEach
	void staff() {
		sectionId = sections.byPath("write-api-test")
			.orElseGet(() -> sections.add(new Actor("admin", Set.of(Role.ADMIN)), null, "write-api-test", "쓰기시험"))
			.id();
		byline = reporters.create("쓰기시험기자", "write" + System.nanoTime() + "@cjournal.example");
		reporter = StaffTokens.member(context, Set.of(Role.REPORTER), "read", "articles:write");
		editor = StaffTokens.member(context, Set.of(Role.EDITOR), "articles:write", "articles:publish");
	}

	@Test
	void aReporterWritesSavesAndSubmitsADraftAndAnEditorPublishesIt() throws Exception {
		MockHttpServletResponse created = call(post("/api/v1/drafts"), reporter,
				draft("한울전자, 2분기 영업이익 40% 늘어", "반도체 수요가 돌아오며 실적이 좋아졌다.", " 반도체 ", "실적"));
		assertThat(created.getStatus()).isEqualTo(201);
		JsonNode state = read(created);
		long id = state.path("id").asLong();
		assertThat(created.getHeader("Location")).isEqualTo("/api/v1/drafts/" + id);
		assertThat(state.path("status").asString()).isEqualTo("DRAFT");
		assertThat(state.path("statusLabel").asString()).isEqualTo("작성 중");

		JsonNode draft = read(call(get("/api/v1/drafts/" + id), reporter, null));
		assertThat(draft.path("headline").asString()).isEqualTo("한울전자, 2분기 영업이익 40% 늘어");
		assertThat(draft.path("tags").values().stream().map(JsonNode::asString).toList()).containsExactly("반도체", "실적");
		assertThat(draft.path("reporterIds").path(0).asLong()).isEqualTo(byline.id());
		assertThat(draft.path("createdBy").asString()).isEqualTo(reporter.username());

		Map<String, Object> changed = draft("한울전자, 2분기 영업이익 42% 늘어", "고친 본문이다. 반도체 수요가 돌아왔다.");
		changed.put("version", draft.path("version").asInt());
		MockHttpServletResponse saved = call(put("/api/v1/drafts/" + id), reporter, changed);
		assertThat(saved.getStatus()).isEqualTo(200);
		assertThat(read(saved).path("version").asInt()).isEqualTo(draft.path("version").asInt() + 1);
		assertThat(read(call(get("/api/v1/drafts/" + id), reporter, null)).path("headline").asString()).contains("42%");

		MockHttpServletResponse submitted = call(post("/api/v1/drafts/" + id + "/submit"), reporter, null);
		assertThat(submitted.getStatus()).isEqualTo(200);
		assertThat(read(submitted).path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(mvc.perform(get("/api/v1/articles/" + id)).andReturn().getResponse().getStatus())
			.as("not on the site yet").isEqualTo(404);

		MockHttpServletResponse published = call(post("/api/v1/drafts/" + id + "/publish"), editor, null);
		assertThat(published.getStatus()).isEqualTo(200);
		assertThat(read(published).path("status").asString()).isEqualTo("PUBLISHED");
		MockHttpServletResponse onTheSite = mvc.perform(get("/api/v1/articles/" + id)).andReturn().getResponse();
		assertThat(onTheSite.getStatus()).isEqualTo(200);
		assertThat(onTheSite.getContentAsString()).contains("42%");
	}

	@Test
	void anEditorSchedulesAStoryForAKstTimeButNotForThePast() throws Exception {
		long id = submitted();
		MockHttpServletResponse past = call(post("/api/v1/drafts/" + id + "/publish"), editor,
				Map.of("publishAt", "2020-01-01T09:00:00+09:00"));
		assertError(past, 422, "invalid", "publishAt", "예약 시각은 지금보다 뒤여야 합니다.");

		OffsetDateTime tomorrow = OffsetDateTime.now().plusDays(1).truncatedTo(ChronoUnit.HOURS);
		String kst = tomorrow.atZoneSameInstant(kr.cjournal.core.Kst.ZONE).toLocalDateTime().toString();
		MockHttpServletResponse scheduled = call(post("/api/v1/drafts/" + id + "/publish"), editor,
				Map.of("publishAt", kst, "embargo", true));

		assertThat(scheduled.getStatus()).isEqualTo(200);
		JsonNode state = read(scheduled);
		assertThat(state.path("status").asString()).isEqualTo("SCHEDULED");
		assertThat(OffsetDateTime.parse(state.path("publishAt").asString()).toInstant()).as("no offset means KST")
			.isEqualTo(tomorrow.toInstant());
		assertThat(state.path("publishAt").asString()).endsWith("+09:00");
		assertThat(read(call(get("/api/v1/drafts/" + id), editor, null)).path("embargo").asBoolean()).isTrue();
	}

	@Test
	void rolesStillDecideInsideTheScopesATokenHas() throws Exception {
		long id = submitted();
		Member reporterWhoMayPublish = StaffTokens.member(context, Set.of(Role.REPORTER), "articles:write",
				"articles:publish");
		Member moderator = StaffTokens.member(context, Set.of(Role.MODERATOR), "articles:write");
		Member otherReporter = StaffTokens.member(context, Set.of(Role.REPORTER), "articles:write");

		assertError(call(post("/api/v1/drafts/" + id + "/publish"), reporter, null), 403, "insufficient_scope", null,
				"기사 출고(articles:publish)");
		assertError(call(post("/api/v1/drafts/" + id + "/publish"), reporterWhoMayPublish, null), 403, "not_allowed",
				null, "데스크(에디터)만 할 수 있는 일입니다.");
		assertError(call(post("/api/v1/drafts"), moderator, draft("운영자의 기사", "본문")), 403, "not_allowed", null,
				"기사를 쓸 권한이 없습니다.");
		assertError(call(get("/api/v1/drafts/" + id), otherReporter, null), 403, "not_allowed", null,
				"출고 전 기사는 쓴 기자와 데스크만 볼 수 있습니다.");
		assertThat(read(call(get("/api/v1/drafts/" + id), editor, null)).path("status").asString())
			.as("the desk reads every draft").isEqualTo("SUBMITTED");
	}

	@Test
	void aTokenWithoutTheScopeOrWithoutAnyValidTokenIsRefusedWithJson() throws Exception {
		Member readOnly = StaffTokens.member(context, Set.of(Role.REPORTER), "read");
		long id = created(reporter);

		MockHttpServletResponse noScope = call(post("/api/v1/drafts"), readOnly, draft("읽기 토큰", "본문"));
		MockHttpServletResponse noScopeToRead = call(get("/api/v1/drafts/" + id), readOnly, null);
		MockHttpServletResponse none = mvc.perform(post("/api/v1/drafts").contentType("application/json").content("{}"))
			.andReturn().getResponse();
		MockHttpServletResponse wrong = mvc.perform(post("/api/v1/drafts").header("Authorization", "Bearer cj_nope")
			.contentType("application/json").content("{}")).andReturn().getResponse();

		assertError(noScope, 403, "insufficient_scope", null, "articles:write");
		assertError(noScopeToRead, 403, "insufficient_scope", null, "articles:write");
		assertError(none, 401, "unauthorized", null, "API 토큰");
		assertError(wrong, 401, "unauthorized", null, "API 토큰");
		assertThat(none.getHeader("Location")).as("no sign-in redirect").isNull();
	}

	@Test
	void aSignedInStaffMemberMayUseTheApiWithTheCsrfTokenOnly() throws Exception {
		String body = json.writeValueAsString(draft("세션으로 쓴 기사", "본문"));
		String name = StaffTokens.member(context, Set.of(Role.REPORTER)).username();

		MockHttpServletResponse withCsrf = mvc.perform(post("/api/v1/drafts").with(Staff.as(name, "REPORTER"))
			.contentType("application/json").content(body)).andReturn().getResponse();
		// A browser's session always comes with its cookie.
		MockHttpServletResponse withoutCsrf = mvc.perform(post("/api/v1/drafts").with(user(name).roles("REPORTER"))
			.cookie(new Cookie("SESSION", "c2Vzc2lvbg")).contentType("application/json").content(body))
			.andReturn().getResponse();

		assertThat(withCsrf.getStatus()).isEqualTo(201);
		assertError(withoutCsrf, 403, "forbidden", null, "권한");
	}

	@Test
	void unknownIdsAre404AndAnIdThatIsNoNumber400() throws Exception {
		long unknown = 987_654_321L;
		assertError(call(get("/api/v1/drafts/" + unknown), editor, null), 404, "not_found", null, "기사를 찾을 수 없습니다.");
		Map<String, Object> body = draft("없는 기사", "본문");
		body.put("version", 0);
		assertError(call(put("/api/v1/drafts/" + unknown), editor, body), 404, "not_found", null, "기사를 찾을 수 없습니다.");
		assertError(call(post("/api/v1/drafts/" + unknown + "/submit"), editor, null), 404, "not_found", null, "찾을 수 없");
		assertError(call(post("/api/v1/drafts/" + unknown + "/publish"), editor, null), 404, "not_found", null, "찾을 수 없");
		assertError(call(get("/api/v1/drafts/abc"), editor, null), 400, "wrong_type", "id", "숫자");
	}

	@Test
	void aStaleVersionIs409WithTheCurrentVersionAndAWrongStatus409Too() throws Exception {
		long id = created(reporter);
		Map<String, Object> first = draft("먼저 저장한 제목", "본문");
		first.put("version", 0);
		assertThat(call(put("/api/v1/drafts/" + id), reporter, first).getStatus()).isEqualTo(200);

		Map<String, Object> stale = draft("늦게 저장한 제목", "본문");
		stale.put("version", 0);
		MockHttpServletResponse conflict = call(put("/api/v1/drafts/" + id), reporter, stale);

		assertError(conflict, 409, "version_conflict", "version", "다른 사람이 먼저 이 기사를 저장했습니다.");
		assertThat(read(conflict).path("currentVersion").asInt()).isEqualTo(1);
		assertThat(read(conflict).path("keptRevision").asInt()).isPositive();
		assertThat(read(call(get("/api/v1/drafts/" + id), reporter, null)).path("headline").asString())
			.isEqualTo("먼저 저장한 제목");

		long sent = submitted();
		assertError(call(post("/api/v1/drafts/" + sent + "/submit"), reporter, null), 409, "conflict", null,
				"'데스크 대기' 상태의 기사에는 할 수 없는 일입니다.");
	}

	@Test
	void malformedBodiesAre400NamingTheField() throws Exception {
		long id = created(reporter);

		assertError(raw(post("/api/v1/drafts"), reporter, "{\"headline\": "), 400, "malformed_json", null, "JSON");
		assertError(raw(post("/api/v1/drafts"), reporter, "[1, 2]"), 400, "malformed_json", null, "JSON 객체");
		assertError(raw(post("/api/v1/drafts"), reporter, "{\"sectionId\": \"경제\"}"), 400, "wrong_type", "sectionId",
				"정수");
		assertError(raw(post("/api/v1/drafts"), reporter, "{\"headline\": {\"ko\": \"제목\"}}"), 400, "wrong_type",
				"headline", "문자열");
		assertError(raw(post("/api/v1/drafts"), reporter, "{\"tags\": \"반도체, 수출\"}"), 400, "wrong_type", "tags",
				"배열");
		assertError(raw(post("/api/v1/drafts"), reporter, "{\"tags\": [1]}"), 400, "wrong_type", "tags", "문자열");
		assertError(raw(post("/api/v1/drafts"), reporter, "{\"reporterIds\": [\"김기자\"]}"), 400, "wrong_type",
				"reporterIds", "정수");
		assertError(raw(post("/api/v1/drafts"), reporter, "{\"title\": \"제목\"}"), 400, "unknown_field", "title",
				"headline");
		assertError(raw(put("/api/v1/drafts/" + id), reporter, "{\"headline\": \"판 번호 없이\"}"), 400, "missing_field",
				"version", "version");
		assertError(raw(put("/api/v1/drafts/" + id), reporter, "{\"version\": \"0\"}"), 400, "wrong_type", "version",
				"정수");
		assertError(raw(post("/api/v1/drafts/" + id + "/publish"), editor, "{\"publishAt\": \"내일 아침\"}"), 400,
				"wrong_type", "publishAt", "2026-05-01T09:00:00+09:00");
		MockHttpServletResponse text = mvc.perform(post("/api/v1/drafts").header("Authorization", "Bearer " + reporter.token())
			.contentType("text/plain").content("제목")).andReturn().getResponse();
		assertError(text, 415, "unsupported_media_type", null, "application/json");
	}

	@Test
	void whatTheNewsroomRefusesIs422WithItsOwnMessage() throws Exception {
		assertError(call(post("/api/v1/drafts"), reporter, draft("가".repeat(81), "본문")), 422, "invalid", "headline",
				"제목은 80자까지 쓸 수 있습니다.");
		Map<String, Object> nowhere = draft("없는 섹션", "본문");
		nowhere.put("sectionId", 987_654_321L);
		assertError(call(post("/api/v1/drafts"), reporter, nowhere), 422, "invalid", "sectionId", "섹션을 골라 주세요.");
		Map<String, Object> nobody = draft("없는 기자", "본문");
		nobody.put("reporterIds", List.of(987_654_321L));
		assertError(call(post("/api/v1/drafts"), reporter, nobody), 422, "invalid", "reporterIds", "기자 이름을 다시 골라 주세요.");

		// An editor has no byline of their own to fall back on.
		Map<String, Object> noByline = draft("바이라인 없는 기사", "본문이 있다.");
		noByline.remove("reporterIds");
		long id = read(call(post("/api/v1/drafts"), editor, noByline)).path("id").asLong();
		assertError(call(post("/api/v1/drafts/" + id + "/submit"), editor, null), 422, "invalid", "reporterIds",
				"기사를 쓴 기자를 한 명 이상 골라 주세요.");
	}

	@Test
	void aBodyOverTheJsonLimitIs413() throws Exception {
		MockHttpServletResponse tooLarge = call(post("/api/v1/drafts"), reporter, draft("큰 기사", "가".repeat(400_000)));
		assertError(tooLarge, 413, "payload_too_large", null, "요청 본문이 너무 큽니다.");
	}

	@Test
	void hostileTextIsRefusedOrKeptAsTextNeverA500() throws Exception {
		List<String> answered = new ArrayList<>();
		Map<String, String> headlines = new LinkedHashMap<>();
		headlines.put("100k", "가".repeat(AdversarialTexts.LENGTH));
		headlines.put("nul", "제목\u0000끝");
		headlines.put("escape", "제목\u001b[31m빨강");
		headlines.put("newline", "두 줄\n제목");
		AdversarialTexts.all(2_000).forEach((name, text) -> headlines.put("adversarial " + name, text));
		for (var headline : headlines.entrySet()) {
			MockHttpServletResponse response = call(post("/api/v1/drafts"), reporter, draft(headline.getValue(), "본문"));
			answered.add(headline.getKey() + " -> " + response.getStatus());
			assertThat(response.getStatus()).as(headline.getKey()).isIn(201, 400, 422);
			if (response.getStatus() != 201) {
				assertThat(read(response).path("field").asString()).as(headline.getKey()).isEqualTo("headline");
			}
		}
		assertThat(answered).contains("100k -> 422", "nul -> 422", "escape -> 422", "newline -> 422");
		MockHttpServletResponse lone = raw(post("/api/v1/drafts"), reporter, "{\"headline\": \"깨진 \\ud83d 글자\"}");
		assertThat(lone.getStatus()).as(lone.getContentAsString()).isEqualTo(422);
		assertThat(read(lone).path("field").asString()).isEqualTo("headline");

		String emoji = "📈 코스피 2% 올라 🚀";
		long withEmoji = read(call(post("/api/v1/drafts"), reporter, draft(emoji, "본문 😀"))).path("id").asLong();
		assertThat(read(call(get("/api/v1/drafts/" + withEmoji), reporter, null)).path("headline").asString())
			.isEqualTo(emoji);

		for (String html : XssPayloads.upTo(80)) {
			MockHttpServletResponse response = call(post("/api/v1/drafts"), reporter, draft(html, html));
			assertThat(response.getStatus()).as(html).isIn(201, 422);
			if (response.getStatus() == 201) {
				JsonNode kept = read(call(get("/api/v1/drafts/" + read(response).path("id").asLong()), reporter, null));
				assertThat(kept.path("headline").asString()).as("kept as text").isEqualTo(html.strip());
			}
		}

		String deep = "{\"tags\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
		assertThat(raw(post("/api/v1/drafts"), reporter, deep).getStatus()).isEqualTo(400);
	}

	private long created(Member who) throws Exception {
		return read(call(post("/api/v1/drafts"), who, draft("쓰기 API 시험 기사", "시험 본문이다."))).path("id").asLong();
	}

	private long submitted() throws Exception {
		long id = created(reporter);
		assertThat(call(post("/api/v1/drafts/" + id + "/submit"), reporter, null).getStatus()).isEqualTo(200);
		return id;
	}

	private Map<String, Object> draft(String headline, String body, String... tags) {
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("sectionId", sectionId);
		draft.put("headline", headline);
		draft.put("body", body);
		draft.put("reporterIds", List.of(byline.id()));
		draft.put("tags", List.of(tags));
		return draft;
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Member who, Object body) throws Exception {
		return raw(request, who, body == null ? null : json.writeValueAsString(body));
	}

	private MockHttpServletResponse raw(MockHttpServletRequestBuilder request, Member who, String body) throws Exception {
		request.header("Authorization", "Bearer " + who.token());
		if (body != null) {
			request.contentType("application/json").content(body);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response;
	}

	private JsonNode read(MockHttpServletResponse response) throws Exception {
		response.setCharacterEncoding("UTF-8");
		return json.readTree(response.getContentAsString());
	}

	private void assertError(MockHttpServletResponse response, int status, String error, String field, String message)
			throws Exception {
		String text = response.getContentAsString();
		assertThat(response.getStatus()).as(text).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode body = json.readTree(text);
		assertThat(body.path("error").asString()).as(text).isEqualTo(error);
		if (field == null) {
			assertThat(body.has("field") && !body.get("field").isNull()).as(text).isFalse();
		}
		else {
			assertThat(body.path("field").asString()).as(text).isEqualTo(field);
		}
		assertThat(body.path("message").asString()).as(text).contains(message);
	}
}
