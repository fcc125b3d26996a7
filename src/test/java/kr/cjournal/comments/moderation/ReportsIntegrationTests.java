package kr.cjournal.comments.moderation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.accounts.Reader;
import kr.cjournal.comments.CommentsChanged;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.TestReaders;
import kr.cjournal.support.TestStories;

import static kr.cjournal.support.TestReaders.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CommentsAppTest
@RecordApplicationEvents
class ReportsIntegrationTests {

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

	long story;

	Reader author;

	long comment;

	@BeforeEach
	void aCommentToReport() {
		story = stories.publish("신고 시험 기사");
		author = readers.create("작성");
		comment = ModerationFixture.comment(jdbc, story, author, "신고받을 댓글입니다.");
	}

	private org.springframework.test.web.servlet.ResultActions report(Reader reader, String reason, String detail) throws Exception {
		var request = post("/comments/" + comment + "/report").with(as(reader)).accept(MediaType.APPLICATION_JSON).param("reason", reason);
		if (detail != null) {
			request.param("detail", detail);
		}
		return mvc.perform(request);
	}

	@Test
	void fiveReportsFromDistinctReadersHideTheCommentPendingReview() throws Exception {
		for (int i = 0; i < 4; i++) {
			report(readers.create("신고"), i % 2 == 0 ? "ABUSE" : "DEFAMATION", "기분 나쁜 댓글 " + i).andExpect(status().isOk())
				.andExpect(jsonPath("$.reported").value(true))
				.andExpect(jsonPath("$.message").value("신고가 접수되었습니다."));
		}
		assertThat(ModerationFixture.status(jdbc, comment)).isEqualTo("VISIBLE");
		assertThat(events.stream(CommentsChanged.class)).isEmpty();

		report(readers.create("신고"), "SPAM", null).andExpect(status().isOk());

		var row = jdbc.sql("select status, review_reason, reports, status_changed_at from comments where id = ?").params(comment).query().singleRow();
		assertThat(row.get("status")).isEqualTo("REVIEW");
		assertThat(row.get("review_reason")).isEqualTo("REPORTS");
		assertThat(row.get("reports")).isEqualTo(5);
		assertThat(row.get("status_changed_at")).isNotNull();
		assertThat(events.stream(CommentsChanged.class)).containsExactly(new CommentsChanged(story));
		var log = ModerationFixture.lastLog(jdbc, comment);
		assertThat(log.get("action")).isEqualTo("REPORTS_HIDE");
		assertThat(log.get("moderator")).isEqualTo("시스템");
		assertThat(log.get("reader_id")).isEqualTo(author.accountId());
		assertThat(jdbc.sql("select reason from comment_reports where comment_id = ? order by id").params(comment).query(String.class).list())
			.containsExactly("ABUSE", "DEFAMATION", "ABUSE", "DEFAMATION", "SPAM");
	}

	@Test
	void aReaderReportsACommentOnlyOnce() throws Exception {
		Reader reader = readers.create("신고");
		report(reader, "ABUSE", null).andExpect(status().isOk());
		report(reader, "SPAM", null).andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("이미 신고한 댓글입니다."));
		assertThat(jdbc.sql("select reports from comments where id = ?").params(comment).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void nobodyReportsTheirOwnComment() throws Exception {
		report(author, "ABUSE", null).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("자신의 댓글은 신고할 수 없습니다."));
	}

	@Test
	void aReportNeedsAKnownReasonAndAShortDetail() throws Exception {
		Reader reader = readers.create("신고");
		report(reader, "BORING", null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"))
			.andExpect(jsonPath("$.error").value("신고 사유를 골라 주세요."));
		report(reader, "OTHER", "가".repeat(301)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("detail"))
			.andExpect(jsonPath("$.error").value("신고 내용은 300자까지 쓸 수 있습니다."));
		report(reader, "OTHER", "x".repeat(100_000)).andExpect(status().is4xxClientError());
		report(reader, "OTHER", "가".repeat(300)).andExpect(status().isOk());
	}

	@Test
	void signInComesFirst() throws Exception {
		mvc.perform(post("/comments/" + comment + "/report").with(csrf()).accept(MediaType.APPLICATION_JSON).param("reason", "ABUSE"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("로그인이 필요합니다."));
		mvc.perform(post("/comments/" + comment + "/report").with(csrf()).param("reason", "ABUSE"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/login?next=%2Farticle%2F" + story + "%2Fcomments"));
		Reader reader = readers.create("신고");
		mvc.perform(post("/comments/" + comment + "/report").with(user(reader.email()).roles("READER")).param("reason", "ABUSE"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select reports from comments where id = ?").params(comment).query(Integer.class).single()).isZero();
	}

	@Test
	void aFormReportGoesBackToTheCommentWithANotice() throws Exception {
		mvc.perform(post("/comments/" + comment + "/report").with(as(readers.create("신고"))).param("reason", "PRIVACY"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/article/" + story + "/comments#comment-" + comment))
			.andExpect(flash().attribute("notice", "신고가 접수되었습니다."));
		mvc.perform(post("/comments/" + comment + "/report").with(as(author)).param("reason", "PRIVACY"))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("error", "자신의 댓글은 신고할 수 없습니다."));
	}

	@Test
	void aMissingCommentIs404() throws Exception {
		mvc.perform(post("/comments/999999999/report").with(as(author)).accept(MediaType.APPLICATION_JSON).param("reason", "ABUSE"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/comments/abc/report").with(as(author)).accept(MediaType.APPLICATION_JSON).param("reason", "ABUSE"))
			.andExpect(status().isNotFound());
	}
}
