package kr.cjournal.comments.moderation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kr.cjournal.accounts.Reader;
import kr.cjournal.comments.CommentsChanged;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.Staff;
import kr.cjournal.support.TestMail;
import kr.cjournal.support.TestReaders;
import kr.cjournal.support.TestStories;
import kr.cjournal.support.XssPayloads;

import static kr.cjournal.comments.moderation.ModerationFixture.MODERATOR;
import static kr.cjournal.comments.moderation.ModerationFixture.comment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@CommentsAppTest
@RecordApplicationEvents
class ModerationQueueIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestReaders readers;

	@Autowired
	TestStories stories;

	@Autowired
	Bans bans;

	@Autowired
	ApplicationEvents events;

	private void reportAs(Reader reader, long comment, String reason, String detail) throws Exception {
		mvc.perform(post("/comments/" + comment + "/report").with(TestReaders.as(reader)).param("reason", reason).param("detail", detail))
			.andExpect(status().isSeeOther());
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(url).with(MODERATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theQueueShowsReviewAndReportedCommentsWithStoryAuthorAndReasons() throws Exception {
		long story = stories.publish("대기열 시험 기사");
		Reader author = readers.create("대기");
		long reported = comment(jdbc, story, author, "신고된 공개 댓글");
		long flagged = comment(jdbc, story, author, "명예훼손이 의심되는 댓글", "REVIEW", "DEFAMATION");
		long quiet = comment(jdbc, story, author, "아무 일 없는 댓글");
		reportAs(readers.create("신고"), reported, "PRIVACY", "전화번호가 적혀 있어요");
		reportAs(readers.create("신고"), reported, "PRIVACY", null);

		String page = html("/newsroom/comments?article=" + story);
		var doc = Jsoup.parse(page);
		assertThat(doc.select("#comment-" + reported).text()).contains("신고된 공개 댓글", "대기열 시험 기사",
				author.nickname(), "신고 2건: 개인정보 노출 2", "전화번호가 적혀 있어요");
		assertThat(doc.select("#comment-" + reported + " a[href=/newsroom/comments/readers/" + author.accountId() + "]")).hasSize(1);
		assertThat(doc.select("#comment-" + reported + " a[href=/article/" + story + "]")).hasSize(1);
		assertThat(doc.select("#comment-" + flagged + " .defamation").text()).isEqualTo("명예훼손 의심");
		assertThat(doc.select("#comment-" + flagged).hasClass("is-defamation")).isTrue();
		assertThat(doc.select("#comment-" + quiet)).isEmpty();
		// Newest first.
		assertThat(page.indexOf("comment-" + flagged)).isLessThan(page.indexOf("comment-" + reported));
	}

	@Test
	void approvingShowsTheCommentAndPutsItsReportsAside() throws Exception {
		long story = stories.publish("승인 시험 기사");
		Reader author = readers.create("승인");
		long comment = comment(jdbc, story, author, "검토 중인 댓글", "REVIEW", "FILTER");
		reportAs(readers.create("신고"), comment, "ABUSE", null);

		mvc.perform(post("/newsroom/comments/" + comment + "/approve").with(MODERATOR))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "댓글을 승인했습니다. 모든 독자에게 보입니다."));

		var row = jdbc.sql("select status, review_reason, reports from comments where id = ?").params(comment).query().singleRow();
		assertThat(row.get("status")).isEqualTo("VISIBLE");
		assertThat(row.get("review_reason")).isNull();
		assertThat(row.get("reports")).isEqualTo(0);
		var log = ModerationFixture.lastLog(jdbc, comment);
		assertThat(log.get("action")).isEqualTo("APPROVE");
		assertThat(log.get("moderator")).isEqualTo("moderator1");
		assertThat(log.get("acted_at")).isNotNull();
		assertThat(events.stream(CommentsChanged.class)).contains(new CommentsChanged(story));
		assertThat(html("/newsroom/comments?article=" + story)).doesNotContain("comment-" + comment);
		mvc.perform(post("/newsroom/comments/" + comment + "/approve").with(MODERATOR))
			.andExpect(flash().attribute("alert", "검토를 기다리는 댓글이 아닙니다. 다른 운영자가 이미 처리했을 수 있습니다."));
	}

	@Test
	void removingNeedsAReasonAndTellsTheAuthor() throws Exception {
		long story = stories.publish("삭제 시험 기사");
		Reader author = readers.create("삭제");
		long comment = comment(jdbc, story, author, "지워질 댓글");

		mvc.perform(post("/newsroom/comments/" + comment + "/remove").with(MODERATOR).param("reason", "  "))
			.andExpect(flash().attribute("alert", "사유를 적어 주세요."));
		assertThat(ModerationFixture.status(jdbc, comment)).isEqualTo("VISIBLE");
		mvc.perform(post("/newsroom/comments/" + comment + "/remove").with(MODERATOR).param("reason", "x".repeat(100_000)))
			.andExpect(flash().attribute("alert", "사유는 500자까지 쓸 수 있습니다."));

		mvc.perform(post("/newsroom/comments/" + comment + "/remove").with(MODERATOR).param("reason", "인신공격"))
			.andExpect(flash().attribute("notice", "댓글을 삭제했습니다. 작성자에게 알렸습니다."));

		assertThat(ModerationFixture.status(jdbc, comment)).isEqualTo("REMOVED");
		var log = ModerationFixture.lastLog(jdbc, comment);
		assertThat(log.get("action")).isEqualTo("REMOVE");
		assertThat(log.get("reason")).isEqualTo("인신공격");
		assertThat(log.get("reader_id")).isEqualTo(author.accountId());
		assertThat(jdbc.sql("select kind from reader_notices where reader_id = ? and comment_id = ?").params(author.accountId(), comment)
			.query(String.class).list()).containsExactly("COMMENT_REMOVED");
		TestMail.Mail mail = TestMail.latestTo(author.email());
		assertThat(mail.subject()).isEqualTo("[씨저널] 댓글이 삭제되었습니다");
		assertThat(mail.body()).contains("사유: 인신공격", "지워질 댓글");
	}

	@Test
	void aBanKeepsTheReaderFromPostingUntilItEndsOrIsLifted() throws Exception {
		long story = stories.publish("제한 시험 기사");
		Reader author = readers.create("제한");
		long comment = comment(jdbc, story, author, "제한받을 댓글");
		assertThat(bans.activeBan(author.accountId())).isEmpty();

		mvc.perform(post("/newsroom/comments/" + comment + "/ban").with(MODERATOR).param("days", "3").param("reason", "욕설"))
			.andExpect(flash().attribute("alert", "이용 제한 기간은 1일, 7일, 30일, 영구 가운데 골라 주세요."));
		mvc.perform(post("/newsroom/comments/" + comment + "/ban").with(MODERATOR)
			.param("days", "7").param("reason", "반복된 욕설").param("removeComment", "on"))
			.andExpect(flash().attribute("notice", "작성자의 이용을 제한했습니다. 작성자에게 알렸습니다."));

		Ban ban = bans.activeBan(author.accountId()).orElseThrow();
		assertThat(ban.reason()).isEqualTo("반복된 욕설");
		assertThat(ban.moderator()).isEqualTo("moderator1");
		assertThat(ban.endsAt()).isBetween(OffsetDateTime.now().plusDays(7).minusMinutes(5), OffsetDateTime.now().plusDays(7).plusMinutes(5));
		assertThat(ban.message()).startsWith("운영 원칙 위반으로 ").endsWith("까지 댓글을 쓸 수 없습니다.");
		assertThat(jdbc.sql("select count(*) from reader_bans where reader_id = ?").params(author.accountId()).query(Long.class).single()).isEqualTo(1);
		assertThat(ModerationFixture.status(jdbc, comment)).isEqualTo("REMOVED");
		assertThat(ModerationFixture.logActions(jdbc, comment)).containsExactly("REMOVE", "BAN");
		assertThat(TestMail.to(author.email())).extracting(TestMail.Mail::subject).contains("[씨저널] 댓글 이용이 제한되었습니다");

		String readerPage = html("/newsroom/comments/readers/" + author.accountId());
		assertThat(readerPage).contains("반복된 욕설", "제한받을 댓글", "운영자 삭제");

		mvc.perform(post("/newsroom/comments/bans/" + ban.id() + "/lift").with(MODERATOR).param("reason", "소명 받아들임"))
			.andExpect(flash().attribute("notice", "이용 제한을 해제했습니다."));
		assertThat(bans.activeBan(author.accountId())).isEmpty();
		assertThat(jdbc.sql("select action from moderation_log where reader_id = ? order by id desc limit 1").params(author.accountId())
			.query(String.class).single()).isEqualTo("LIFT_BAN");

		mvc.perform(post("/newsroom/comments/readers/" + author.accountId() + "/ban").with(MODERATOR).param("days", "0").param("reason", "영구 제한"))
			.andExpect(flash().attribute("notice", "이용을 제한했습니다. 독자에게 알렸습니다."));
		Ban forGood = bans.activeBan(author.accountId()).orElseThrow();
		assertThat(forGood.permanent()).isTrue();
		assertThat(forGood.message()).isEqualTo("운영 원칙 위반으로 댓글 쓰기가 영구히 제한된 계정입니다.");
	}

	@Test
	void anEndedBanNoLongerHolds() {
		Reader reader = readers.create("만료");
		jdbc.sql("insert into reader_bans (reader_id, ends_at, reason, moderator) values (?, ?, '지난 제한', 'moderator1')")
			.params(reader.accountId(), OffsetDateTime.now().minusMinutes(1))
			.update();
		assertThat(bans.activeBan(reader.accountId())).isEmpty();
	}

	@Test
	void theLogListsStepsNewestFirstFilteredByAction() throws Exception {
		long story = stories.publish("기록 시험 기사");
		Reader author = readers.create("기록");
		long first = comment(jdbc, story, author, "첫 댓글", "REVIEW", "FILTER");
		long second = comment(jdbc, story, author, "둘째 댓글");
		mvc.perform(post("/newsroom/comments/" + first + "/approve").with(MODERATOR));
		mvc.perform(post("/newsroom/comments/" + second + "/remove").with(MODERATOR).param("reason", "도배"));

		var doc = Jsoup.parse(html("/newsroom/comments/log?reader=" + author.accountId()));
		var rows = doc.select("table.moderation-log tbody tr");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text()).contains("moderator1", "삭제", String.valueOf(second), "도배");
		assertThat(rows.get(1).text()).contains("승인", String.valueOf(first));
		var removals = Jsoup.parse(html("/newsroom/comments/log?action=REMOVE&reader=" + author.accountId()))
			.select("table.moderation-log tbody tr");
		assertThat(removals).hasSize(1);
		// The log offers no way to change it: no form that posts, no edit or delete links.
		assertThat(doc.select("form[method=post]")).allMatch(form -> form.attr("action").equals("/logout"));
		assertThat(doc.select("main a")).noneMatch(link -> link.attr("href").contains("log/"));
	}

	@Test
	void noCodeUpdatesOrDeletesTheLog() throws IOException {
		List<String> statements = new ArrayList<>();
		Pattern sql = Pattern.compile("\"([^\"]*moderation_log[^\"]*)\"", Pattern.CASE_INSENSITIVE);
		try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
			for (Path file : files.filter(Files::isRegularFile).filter(ModerationQueueIntegrationTests::isSource).toList()) {
				String text = Files.readString(file);
				assertThat(text).as(file.toString()).doesNotContainPattern("(?i)update\\s+moderation_log")
					.doesNotContainPattern("(?i)delete\\s+from\\s+moderation_log")
					.doesNotContainPattern("(?i)truncate\\s+(table\\s+)?moderation_log")
					.doesNotContainPattern("(?i)alter\\s+table\\s+moderation_log");
				Matcher matcher = sql.matcher(text);
				while (matcher.find()) {
					statements.add(matcher.group(1).strip().toLowerCase());
				}
			}
		}
		assertThat(statements).isNotEmpty().allMatch(statement -> statement.startsWith("insert into moderation_log")
				|| statement.startsWith("select"));
	}

	private static boolean isSource(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".java") || name.endsWith(".sql") || name.endsWith(".jte") || name.endsWith(".yml");
	}

	@Test
	void onlyModeratorsAndAdministratorsReachTheStaffPagesAndActions() throws Exception {
		long story = stories.publish("권한 시험 기사");
		Reader author = readers.create("권한");
		long comment = comment(jdbc, story, author, "권한 시험 댓글", "REVIEW", "FILTER");
		long ban = bans.impose(author.accountId(), java.time.Duration.ofDays(1), "시험", "moderator1").id();
		long measure = ModerationFixture.measure(jdbc, comment, "요청인", "010", "사유", "REQUESTED");
		List<Supplier<MockHttpServletRequestBuilder>> requests = List.of(() -> get("/newsroom/comments"),
				() -> get("/newsroom/comments/log"), () -> get("/newsroom/comments/measures"),
				() -> get("/newsroom/comments/readers/" + author.accountId()),
				() -> post("/newsroom/comments/" + comment + "/approve"),
				() -> post("/newsroom/comments/" + comment + "/remove").param("reason", "r"),
				() -> post("/newsroom/comments/" + comment + "/ban").param("days", "1").param("reason", "r"),
				() -> post("/newsroom/comments/readers/" + author.accountId() + "/ban").param("days", "1").param("reason", "r"),
				() -> post("/newsroom/comments/bans/" + ban + "/lift"),
				() -> post("/newsroom/comments/measures/" + measure + "/apply").param("days", "1"),
				() -> post("/newsroom/comments/measures/" + measure + "/reject").param("reason", "r"),
				() -> post("/newsroom/comments/measures/" + measure + "/restore"),
				() -> post("/newsroom/comments/measures/" + measure + "/delete"));
		List<RequestPostProcessor> refused = List.of(TestReaders.as(readers.create("독자")), Staff.as("reporter1", "REPORTER"),
				Staff.as("editor1", "EDITOR"), Staff.as("editor2", "REPORTER", "EDITOR"));
		for (Supplier<MockHttpServletRequestBuilder> request : requests) {
			for (RequestPostProcessor who : refused) {
				mvc.perform(request.get().with(who)).andExpect(status().isForbidden());
			}
			mvc.perform(request.get().header("Authorization", "Bearer " + CommentsAppTest.ADMIN_TOKEN)).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select status from comment_measures where id = ?").params(measure).query(String.class).single())
			.isEqualTo("REQUESTED");
		assertThat(ModerationFixture.status(jdbc, comment)).isEqualTo("REVIEW");
		assertThat(bans.activeBan(author.accountId())).isPresent();
		for (RequestPostProcessor who : List.of(MODERATOR, ModerationFixture.ADMIN)) {
			for (String url : List.of("/newsroom/comments", "/newsroom/comments/log", "/newsroom/comments/measures",
					"/newsroom/comments/readers/" + author.accountId())) {
				mvc.perform(get(url).with(who)).andExpect(status().isOk());
			}
		}
		mvc.perform(post("/newsroom/comments/" + comment + "/approve").with(ModerationFixture.ADMIN))
			.andExpect(flash().attribute("notice", "댓글을 승인했습니다. 모든 독자에게 보입니다."));
		mvc.perform(post("/newsroom/comments/bans/" + ban + "/lift").with(ModerationFixture.ADMIN))
			.andExpect(flash().attribute("notice", "이용 제한을 해제했습니다."));
		mvc.perform(get("/newsroom/comments")).andExpect(status().is3xxRedirection());
	}

	@Test
	void reportDetailsCommentsAndBanReasonsRenderInert() throws Exception {
		long story = stories.publish("XSS 시험 기사");
		Reader author = readers.create("xss");
		Reader reporter = readers.create("xss신고");
		List<String> payloads = XssPayloads.upTo(300);
		for (String payload : payloads) {
			long comment = comment(jdbc, story, author, payload);
			jdbc.sql("insert into comment_reports (comment_id, reporter_id, reason, detail) values (?, ?, 'ABUSE', ?)")
				.params(comment, reporter.accountId(), payload)
				.update();
			jdbc.sql("update comments set reports = 1 where id = ?").params(comment).update();
			jdbc.sql("insert into reader_bans (reader_id, ends_at, reason, moderator) values (?, ?, ?, 'moderator1')")
				.params(author.accountId(), OffsetDateTime.now().minusDays(1), payload)
				.update();
			jdbc.sql("insert into moderation_log (moderator, action, comment_id, reader_id, reason) values ('moderator1', 'BAN', ?, ?, ?)")
				.params(comment, author.accountId(), payload)
				.update();
		}
		int pages = (payloads.size() + 49) / 50;
		StringBuilder queueText = new StringBuilder();
		StringBuilder logText = new StringBuilder();
		for (int page = 1; page <= pages; page++) {
			String queue = html("/newsroom/comments?article=" + story + "&page=" + page);
			ModerationFixture.assertInert(queue, List.of());
			queueText.append(Jsoup.parse(queue).text()).append(' ');
			String log = html("/newsroom/comments/log?reader=" + author.accountId() + "&page=" + page);
			ModerationFixture.assertInert(log, List.of());
			logText.append(Jsoup.parse(log).text()).append(' ');
			ModerationFixture.assertInert(html("/newsroom/comments/readers/" + author.accountId() + "?page=" + page), List.of());
		}
		ModerationFixture.assertShown(queueText.toString(), payloads);
		ModerationFixture.assertShown(logText.toString(), payloads);
		String readerPage = html("/newsroom/comments/readers/" + author.accountId());
		ModerationFixture.assertInert(readerPage, payloads);
	}
}
