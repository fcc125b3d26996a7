package kr.cjournal.comments;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.cjournal.accounts.Reader;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.QueryCounting;
import kr.cjournal.support.TestReaders;
import kr.cjournal.support.TestStories;

import static kr.cjournal.comments.CommentStatus.DELETED;
import static kr.cjournal.comments.CommentStatus.REVIEW;
import static kr.cjournal.comments.CommentStatus.VISIBLE;
import static kr.cjournal.support.TestReaders.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /reader/{nickname}}: what anyone sees of a reader, and what only the reader sees. */
@CommentsAppTest
class ReaderPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestReaders readers;

	@Autowired
	TestStories stories;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	CommentRows rows;

	@BeforeEach
	void rows() {
		rows = new CommentRows(jdbc, events);
	}

	@Test
	void anyoneSeesTheReadersVisibleCommentsCountAndLikesReceived() throws Exception {
		Reader writer = readers.create("기록");
		long story = stories.publish("독자 페이지 기사");
		rows.add(story, null, writer, "첫 댓글", VISIBLE, java.time.OffsetDateTime.now().minusMinutes(5), 3);
		rows.add(story, null, writer, "둘째 댓글", VISIBLE, java.time.OffsetDateTime.now().minusMinutes(1), 4);
		rows.add(story, writer, "검토 중 댓글", REVIEW);
		rows.add(story, writer, "지운 댓글", DELETED);

		Document page = page(writer.url(), null);
		assertThat(page.select(".reader-name").text()).isEqualTo(writer.nickname());
		assertThat(page.select(".reader-comment-count").text()).isEqualTo("2");
		assertThat(page.select(".reader-likes").text()).isEqualTo("7");
		assertThat(page.select(".reader-history .comment-text").eachText()).containsExactly("둘째 댓글", "첫 댓글");
		assertThat(page.select(".reader-story").first().text()).isEqualTo("독자 페이지 기사");
		assertThat(page.select(".reader-story").first().attr("href")).startsWith("/article/" + story + "/comments#comment-");
		assertThat(page.text()).doesNotContain("검토 중 댓글", "지운 댓글", "알림", "차단한 독자");
		// Only the masthead's search box: nothing of the reader's own (notices, blocks) to act on.
		assertThat(page.select("form:not(.masthead-search)")).isEmpty();
	}

	@Test
	void theReaderAlsoSeesTheirReviewCommentsNoticesWithObjectionAndBlockedReaders() throws Exception {
		Reader me = readers.create("본인");
		Reader pest = readers.create("성가신");
		long story = stories.publish("본인 페이지 기사");
		rows.add(story, me, "검토 중 댓글", REVIEW);
		rows.block(me, pest);
		rows.notice(me, ReaderNotice.MEASURE_APPLIED, "댓글에 임시조치가 적용되었습니다.", 4242L);
		rows.notice(me, "REMOVED", "운영 원칙에 따라 댓글이 삭제되었습니다.", null);

		Document page = page(me.url(), me);
		assertThat(page.select(".reader-own .in-review .comment-text").text()).isEqualTo("검토 중 댓글");
		assertThat(page.select(".reader-own .comment-review").text()).isEqualTo("검토 중인 댓글입니다");
		assertThat(page.select(".notice-body").eachText()).containsExactlyInAnyOrder("댓글에 임시조치가 적용되었습니다.",
				"운영 원칙에 따라 댓글이 삭제되었습니다.");
		assertThat(page.select("form.objection-form")).hasSize(1);
		assertThat(page.select("form.objection-form").attr("action")).isEqualTo("/comments/measures/4242/objection");
		assertThat(page.select("form.objection-form textarea[name=text]")).hasSize(1);
		assertThat(page.select(".reader-blocked a").text()).isEqualTo(pest.nickname());
		assertThat(page.select(".reader-blocked form").attr("action")).endsWith("/unblock");
		assertThat(page.select("form.objection-form input[name=_csrf]").attr("value")).isNotBlank();
		assertThat(page.select(".reader-profile form.reader-block")).as("no block button for oneself").isEmpty();
		assertThat(page.select(".reader-notice.unread .notice-new").eachText()).containsExactly("새 알림", "새 알림");
		assertThat(page(me.url(), me).select(".notice-new")).as("on the next visit they are read").isEmpty();
	}

	@Test
	void anotherReaderGetsABlockOrUnblockButton() throws Exception {
		Reader me = readers.create("보는이");
		Reader them = readers.create("보이는이");
		assertThat(page(them.url(), me).select("form.reader-block").attr("action"))
			.isEqualTo("/readers/" + them.url().substring("/reader/".length()) + "/block");
		rows.block(me, them);
		assertThat(page(them.url(), me).select("form.reader-block").attr("action")).endsWith("/unblock");
		assertThat(page(them.url(), me).select("form.reader-block button").text()).isEqualTo("차단 해제");
	}

	@Test
	void aReaderWithManyCommentsCostsTheSameQueries() throws Exception {
		Reader few = readers.create("적게");
		Reader many = readers.create("많이");
		long story = stories.publish("많은 댓글 독자 기사");
		long other = stories.publish("또 다른 기사");
		rows.add(story, few, "하나", VISIBLE);
		for (int i = 0; i < 60; i++) {
			rows.add(i % 2 == 0 ? story : other, many, "댓글 " + i, VISIBLE);
		}
		assertThat(queries(many.url(), many)).isEqualTo(queries(few.url(), few));
		assertThat(queries(many.url() + "?page=3", null)).isEqualTo(queries(few.url(), null));
		mvc.perform(get(java.net.URI.create(many.url() + "?page=4"))).andExpect(status().isNotFound());
	}

	private int queries(String path, Reader viewer) throws Exception {
		QueryCounting.reset();
		page(path, viewer);
		return QueryCounting.count();
	}

	Document page(String path, Reader viewer) throws Exception {
		var request = get(java.net.URI.create(path));
		if (viewer != null) {
			request.with(as(viewer));
		}
		MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}
}
