package kr.cjournal.comments.moderation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import kr.cjournal.accounts.Reader;
import kr.cjournal.comments.CommentsChanged;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.TestMail;
import kr.cjournal.support.TestReaders;
import kr.cjournal.support.TestStories;
import kr.cjournal.support.XssPayloads;

import static kr.cjournal.comments.moderation.ModerationFixture.MODERATOR;
import static kr.cjournal.comments.moderation.ModerationFixture.comment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CommentsAppTest
@RecordApplicationEvents
class TemporaryMeasuresIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestReaders readers;

	@Autowired
	TestStories stories;

	@Autowired
	ApplicationEvents events;

	private ResultActions request(long comment, String name, String contact, String email, String reasonClass, String reason)
			throws Exception {
		return mvc.perform(post("/comments/" + comment + "/measure-request").with(csrf()).with(ModerationFixture.fromOwnAddress())
			.param("requesterName", name).param("requesterContact", contact).param("requesterEmail", email)
			.param("reasonClass", reasonClass).param("reason", reason));
	}

	private long file(long comment, String name, String email) throws Exception {
		request(comment, name, "010-1234-5678", email, "DEFAMATION", "제가 하지 않은 일을 했다고 적었습니다.")
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/comments/" + comment + "/measure-request"));
		return jdbc.sql("select max(id) from comment_measures where comment_id = ?").params(comment).query(Long.class).single();
	}

	private Map<String, Object> measure(long id) {
		return jdbc.sql("select * from comment_measures where id = ?").params(id).query().singleRow();
	}

	private String staffList() throws Exception {
		StringBuilder all = new StringBuilder();
		for (int page = 1;; page++) {
			String html = mvc.perform(get("/newsroom/comments/measures?page=" + page).with(MODERATOR)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			all.append(html);
			if (!html.contains("rel=\"next\"")) {
				return all.toString();
			}
		}
	}

	@Test
	void theRequestFormIsPublicAndSaysWhatIsMissingInKorean() throws Exception {
		long comment = comment(jdbc, stories.publish("요청 양식 기사"), readers.create("양식"), "양식 시험 댓글");
		String form = mvc.perform(get("/comments/" + comment + "/measure-request")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		var doc = Jsoup.parse(form);
		assertThat(doc.select("form[action=/comments/" + comment + "/measure-request] input[name=_csrf]")).hasSize(1);
		assertThat(doc.select("select[name=reasonClass] option").eachText()).contains("명예훼손", "사생활 침해", "모욕");

		String refused = request(comment, "", " ", "not-an-email", "NONSENSE", "").andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(refused).select(".field-error").eachText()).containsExactly("이름을(를) 입력해 주세요.",
				"연락처을(를) 입력해 주세요.", "이메일 주소가 올바르지 않습니다. name@example.com처럼 적어 주세요.", "침해된 권리의 종류를 골라 주세요.",
				"요청 사유을(를) 입력해 주세요.");
		request(comment, "홍길동", "010", "", "PRIVACY", "x".repeat(100_000)).andExpect(status().isBadRequest());
		request(comment, "x".repeat(100_000), "010", "", "PRIVACY", "사유").andExpect(status().isBadRequest());
		mvc.perform(post("/comments/" + comment + "/measure-request").param("requesterName", "홍길동")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from comment_measures where comment_id = ?").params(comment).query(Long.class).single()).isZero();
		mvc.perform(get("/comments/999999999/measure-request")).andExpect(status().isNotFound());
	}

	@Test
	void oneAddressFilesOnlyAFewRequestsAnHour() throws Exception {
		long comment = comment(jdbc, stories.publish("도배 요청 기사"), readers.create("도배"), "도배 시험 댓글");
		var address = ModerationFixture.fromOwnAddress();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/comments/" + comment + "/measure-request").with(csrf()).with(address).param("requesterName", "홍길동")
				.param("requesterContact", "010").param("reasonClass", "INSULT").param("reason", "모욕입니다 " + i))
				.andExpect(status().is3xxRedirection());
		}
		String refused = mvc.perform(post("/comments/" + comment + "/measure-request").with(csrf()).with(address)
			.param("requesterName", "홍길동").param("requesterContact", "010").param("reasonClass", "INSULT").param("reason", "또"))
			.andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("요청이 너무 많습니다. 한 시간 뒤에 다시 접수해 주세요.");
	}

	@Test
	void aBlindHidesTheCommentTheRequesterAndPosterAreToldThePosterObjectsAndItIsRestored() throws Exception {
		long story = stories.publish("임시조치 시험 기사");
		Reader poster = readers.create("게시");
		long comment = comment(jdbc, story, poster, "홍길동은 회삿돈을 빼돌렸다");
		String requesterEmail = "requester" + System.nanoTime() + "@example.com";
		long measure = file(comment, "홍길동", requesterEmail);
		assertThat(measure(measure).get("status")).isEqualTo("REQUESTED");
		assertThat(TestMail.latestTo(requesterEmail).subject()).isEqualTo("[씨저널] 임시조치 요청을 접수했습니다");
		assertThat(staffList()).contains("홍길동", "010-1234-5678", "제가 하지 않은 일을 했다고 적었습니다.", "홍길동은 회삿돈을 빼돌렸다");

		mvc.perform(post("/newsroom/comments/measures/" + measure + "/apply").with(MODERATOR).param("days", "31"))
			.andExpect(flash().attribute("alert", "임시조치 기간은 1일에서 30일 사이로 정해 주세요."));
		mvc.perform(post("/newsroom/comments/measures/" + measure + "/apply").with(MODERATOR).param("days", "14"))
			.andExpect(flash().attribute("notice", "임시조치를 적용했습니다. 요청인과 작성자에게 알렸습니다."));

		assertThat(ModerationFixture.status(jdbc, comment)).isEqualTo("BLINDED");
		var applied = measure(measure);
		assertThat(applied.get("status")).isEqualTo("APPLIED");
		assertThat(applied.get("moderator")).isEqualTo("moderator1");
		assertThat(((OffsetDateTime) jdbc.sql("select due_at from comment_measures where id = ?").params(measure)
			.query(OffsetDateTime.class).single())).isAfter(OffsetDateTime.now().plusDays(13)).isBefore(OffsetDateTime.now().plusDays(15));
		assertThat(events.stream(CommentsChanged.class)).contains(new CommentsChanged(story));
		assertThat(TestMail.latestTo(requesterEmail).subject()).isEqualTo("[씨저널] 요청하신 댓글에 임시조치를 했습니다");
		TestMail.Mail told = TestMail.latestTo(poster.email());
		assertThat(told.subject()).isEqualTo("[씨저널] 회원님의 댓글에 임시조치가 되었습니다");
		assertThat(told.body()).contains("명예훼손", "/comments/measures/" + measure + "/objection").doesNotContain("홍길동님");
		assertThat(jdbc.sql("select kind from reader_notices where reader_id = ? and measure_id = ?").params(poster.accountId(), measure)
			.query(String.class).list()).containsExactly("MEASURE_APPLIED");

		// Someone else may not object; the poster may, once.
		Reader other = readers.create("남");
		mvc.perform(post("/comments/measures/" + measure + "/objection").with(TestReaders.as(other)).accept(MediaType.APPLICATION_JSON)
			.param("text", "제 댓글이 아닙니다")).andExpect(status().isForbidden());
		mvc.perform(get("/comments/measures/" + measure + "/objection").with(TestReaders.as(other))).andExpect(status().isForbidden());
		String objectionPage = mvc.perform(get("/comments/measures/" + measure + "/objection").with(TestReaders.as(poster)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(objectionPage).select("form[action=/comments/measures/" + measure + "/objection] textarea[name=text]")).hasSize(1);
		mvc.perform(post("/comments/measures/" + measure + "/objection").with(TestReaders.as(poster)).accept(MediaType.APPLICATION_JSON)
			.param("text", "가".repeat(2001))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("text"));
		mvc.perform(post("/comments/measures/" + measure + "/objection").with(TestReaders.as(poster)).param("text", "사실에 근거한 비판입니다"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", poster.url()))
			.andExpect(flash().attribute("notice", "이의 제기를 접수했습니다. 운영자가 검토한 뒤 결과를 알려 드립니다."));
		mvc.perform(post("/comments/measures/" + measure + "/objection").with(TestReaders.as(poster)).accept(MediaType.APPLICATION_JSON)
			.param("text", "한 번 더")).andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("이미 이의를 제기했습니다. 운영자가 검토하고 있습니다."));
		assertThat(measure(measure).get("status")).isEqualTo("OBJECTED");
		assertThat(staffList()).contains("사실에 근거한 비판입니다", "이의 제기");

		mvc.perform(post("/newsroom/comments/measures/" + measure + "/restore").with(MODERATOR))
			.andExpect(flash().attribute("notice", "댓글을 복원했습니다. 요청인과 작성자에게 알렸습니다."));
		assertThat(ModerationFixture.status(jdbc, comment)).isEqualTo("VISIBLE");
		assertThat(measure(measure).get("status")).isEqualTo("RESTORED");
		assertThat(TestMail.latestTo(requesterEmail).subject()).isEqualTo("[씨저널] 임시조치가 끝났습니다");
		assertThat(TestMail.latestTo(poster.email()).subject()).isEqualTo("[씨저널] 회원님 댓글의 임시조치가 끝났습니다");
		assertThat(jdbc.sql("select action from moderation_log where measure_id = ? order by id").params(measure).query(String.class).list())
			.containsExactly("MEASURE_REQUEST", "MEASURE_APPLY", "MEASURE_OBJECTION", "MEASURE_RESTORE");
		mvc.perform(post("/newsroom/comments/measures/" + measure + "/delete").with(MODERATOR))
			.andExpect(flash().attribute("alert", "임시조치 중인 요청이 아닙니다. 다른 운영자가 이미 처리했을 수 있습니다."));
	}

	@Test
	void aBlindEndsInDeletionOrARequestIsRejected() throws Exception {
		long story = stories.publish("임시조치 삭제 기사");
		Reader poster = readers.create("삭제됨");
		long comment = comment(jdbc, story, poster, "사생활을 드러낸 댓글");
		long measure = file(comment, "김요청", null);
		mvc.perform(post("/newsroom/comments/measures/" + measure + "/apply").with(MODERATOR).param("days", "30"));
		assertThat(request(comment, "이요청", "010", "", "PRIVACY", "같은 댓글").andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString()).contains("이미 임시조치된 댓글입니다.");
		mvc.perform(post("/newsroom/comments/measures/" + measure + "/delete").with(MODERATOR).param("reason", "사생활 침해 확인"))
			.andExpect(flash().attribute("notice", "댓글을 삭제했습니다. 요청인과 작성자에게 알렸습니다."));
		assertThat(ModerationFixture.status(jdbc, comment)).isEqualTo("REMOVED");
		assertThat(measure(measure).get("status")).isEqualTo("DELETED");
		assertThat(TestMail.latestTo(poster.email()).body()).contains("임시조치 뒤 검토한 결과 댓글을 삭제했습니다.");
		assertThat(jdbc.sql("select kind from reader_notices where reader_id = ? order by id").params(poster.accountId()).query(String.class).list())
			.containsExactly("MEASURE_APPLIED", "MEASURE_DELETED");

		long other = comment(jdbc, story, poster, "멀쩡한 댓글");
		long rejected = file(other, "박요청", null);
		mvc.perform(post("/newsroom/comments/measures/" + rejected + "/reject").with(MODERATOR).param("reason", ""))
			.andExpect(flash().attribute("alert", "사유를 적어 주세요."));
		mvc.perform(post("/newsroom/comments/measures/" + rejected + "/reject").with(MODERATOR).param("reason", "권리침해로 보기 어렵습니다"))
			.andExpect(flash().attribute("notice", "요청을 기각했습니다."));
		assertThat(measure(rejected).get("status")).isEqualTo("REJECTED");
		assertThat(ModerationFixture.status(jdbc, other)).isEqualTo("VISIBLE");
		assertThat(ModerationFixture.lastLog(jdbc, other).get("reason")).isEqualTo("권리침해로 보기 어렵습니다");
	}

	@Test
	void dueMeasuresComeFirstMarkedDue() throws Exception {
		long story = stories.publish("기한 시험 기사");
		Reader poster = readers.create("기한");
		long dueComment = comment(jdbc, story, poster, "기한이 된 댓글");
		long laterComment = comment(jdbc, story, poster, "아직 기한 전인 댓글");
		long later = file(laterComment, "나중", null);
		long due = file(dueComment, "먼저", null);
		mvc.perform(post("/newsroom/comments/measures/" + later + "/apply").with(MODERATOR).param("days", "20"));
		mvc.perform(post("/newsroom/comments/measures/" + due + "/apply").with(MODERATOR).param("days", "1"));
		jdbc.sql("update comment_measures set due_at = ? where id = ?").params(OffsetDateTime.now().minusHours(1), due).update();

		var doc = Jsoup.parse(mvc.perform(get("/newsroom/comments/measures").with(MODERATOR)).andReturn().getResponse().getContentAsString());
		var items = doc.select("li.moderation-item");
		assertThat(items.first().hasClass("is-due")).isTrue();
		assertThat(doc.select("#measure-" + due + " .due").text()).isEqualTo("기한 도래");
		assertThat(doc.select("#measure-" + later + " .due")).isEmpty();
		assertThat(items.eachAttr("id").indexOf("measure-" + due)).isLessThan(items.eachAttr("id").indexOf("measure-" + later));
		assertThat(mvc.perform(get("/newsroom/comments").with(MODERATOR)).andReturn().getResponse().getContentAsString())
			.contains("기한이 된 임시조치");
		mvc.perform(post("/newsroom/comments/measures/" + due + "/restore").with(MODERATOR));
	}

	@Test
	void thePublicListShowsMeasuresTakenWithNothingPersonal() throws Exception {
		long story = stories.publish("공개 목록 기사");
		Reader poster = readers.create("공개목록");
		long comment = comment(jdbc, story, poster, "공개 목록에 나오면 안 되는 댓글 본문");
		long measure = file(comment, "비밀요청인", "secret-requester@example.com");
		mvc.perform(post("/newsroom/comments/measures/" + measure + "/apply").with(MODERATOR).param("days", "7"));

		String html = mvc.perform(get("/comments/measures")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var first = Jsoup.parse(html).select("tbody tr").first();
		assertThat(first.text()).contains("명예훼손", "임시조치 중");
		assertThat(first.select("td").last().text()).as("while the blind lasts, when it is due to end").endsWith(" 예정");
		assertThat(html).doesNotContain("비밀요청인", "010-1234-5678", "secret-requester", poster.nickname(),
				"공개 목록에 나오면 안 되는 댓글 본문", "제가 하지 않은 일을 했다고 적었습니다.");
		mvc.perform(get("/comments/measures?page=0")).andExpect(status().isBadRequest());
		mvc.perform(get("/comments/measures?page=abc")).andExpect(status().isBadRequest());
	}

	@Test
	void measureRequestsRenderInertOnTheModeratorsList() throws Exception {
		long story = stories.publish("임시조치 XSS 기사");
		Reader poster = readers.create("xss게시");
		long comment = comment(jdbc, story, poster, "XSS 요청 대상 댓글");
		List<String> payloads = XssPayloads.all();
		try {
			for (String payload : payloads) {
				ModerationFixture.measure(jdbc, comment, payload.length() > 60 ? payload.substring(0, 60) : payload,
						payload.length() > 200 ? payload.substring(0, 200) : payload, payload, "REQUESTED");
			}
			String all = staffList();
			for (String page : all.split("(?=<!DOCTYPE html>)")) {
				if (!page.isBlank()) {
					ModerationFixture.assertInert(page, List.of());
				}
			}
			ModerationFixture.assertShown(Jsoup.parse(all).text(), payloads);
			String publicList = mvc.perform(get("/comments/measures")).andReturn().getResponse().getContentAsString();
			ModerationFixture.assertInert(publicList, List.of());
			// Through the form too, where a refused form shows what was typed again.
			String refused = request(comment, payloads.get(0).substring(0, Math.min(60, payloads.get(0).length())),
					"\"><script>alert(1)</script>", "", "NONE", "<img src=x onerror=alert(1)>").andExpect(status().isBadRequest())
				.andReturn().getResponse().getContentAsString();
			ModerationFixture.assertInert(refused, List.of());
			assertThat(Jsoup.parse(refused).select("textarea[name=reason]").text()).isEqualTo("<img src=x onerror=alert(1)>");
		}
		finally {
			jdbc.sql("delete from comment_measures where comment_id = ?").params(comment).update();
		}
	}
}
