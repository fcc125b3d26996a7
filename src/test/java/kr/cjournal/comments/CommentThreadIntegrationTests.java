package kr.cjournal.comments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Role;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.QueryCounting;
import kr.cjournal.support.TestReaders;
import kr.cjournal.support.TestStories;

import static kr.cjournal.comments.CommentStatus.BLINDED;
import static kr.cjournal.comments.CommentStatus.DELETED;
import static kr.cjournal.comments.CommentStatus.REMOVED;
import static kr.cjournal.comments.CommentStatus.REVIEW;
import static kr.cjournal.comments.CommentStatus.VISIBLE;
import static kr.cjournal.support.TestReaders.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What readers see under a story: the status rules, replies, blocks, order, pages, the JSON and the cache. */
@CommentsAppTest
class CommentThreadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestReaders readers;

	@Autowired
	TestStories stories;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	kr.cjournal.newsroom.Desk desk;

	@Autowired
	CommentReactions reactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JsonMapper json;

	@Autowired
	CommentCounts counts;

	CommentRows rows;

	@BeforeEach
	void rows() {
		rows = new CommentRows(jdbc, events);
	}

	@Test
	void othersSeeVisibleCommentsAndPlaceholdersOnlyWhereTheRulesSay() throws Exception {
		long story = stories.publish("상태 규칙 기사");
		Reader author = readers.create("작성자");
		Reader other = readers.create("이웃");
		rows.add(story, author, "보이는 댓글", VISIBLE);
		rows.add(story, author, "검토 대기 댓글", REVIEW);
		long deletedWithReply = rows.add(story, author, "지운 댓글 본문", DELETED);
		rows.reply(story, deletedWithReply, other, "지운 댓글에 단 답글", VISIBLE);
		rows.add(story, author, "답글 없이 지운 댓글", DELETED);
		long removedWithReply = rows.add(story, author, "운영자가 지운 본문", REMOVED);
		rows.reply(story, removedWithReply, other, "운영자가 지운 댓글의 답글", VISIBLE);
		rows.add(story, author, "답글 없이 운영자가 지운 댓글", REMOVED);
		rows.add(story, author, "임시조치된 본문", BLINDED);
		rows.changed(story);

		Document page = page("/article/" + story + "/comments", null);
		String text = page.select(".comment-list").text();
		assertThat(text).contains("보이는 댓글", "지운 댓글에 단 답글", "운영자가 지운 댓글의 답글", ShownComment.DELETED,
				ShownComment.REMOVED, ShownComment.BLINDED)
			.doesNotContain("검토 대기 댓글", "지운 댓글 본문", "답글 없이", "운영자가 지운 본문", "임시조치된 본문");
		assertThat(page.select(".comment-placeholder").eachText()).containsExactlyInAnyOrder(ShownComment.DELETED,
				ShownComment.REMOVED, ShownComment.BLINDED);
		// 보이는 댓글 + two visible replies.
		assertThat(page.select(".comment-heading").text()).isEqualTo("댓글 (3)");

		assertThat(page("/article/" + story + "/comments", other).select(".comment-list").text())
			.doesNotContain("검토 대기 댓글");
		Document authors = page("/article/" + story + "/comments/fragment", author);
		Element review = authors.selectFirst(".comment.in-review");
		assertThat(review).isNotNull();
		assertThat(review.select(".comment-text").text()).isEqualTo("검토 대기 댓글");
		assertThat(review.select(".comment-review").text()).isEqualTo(ShownComment.IN_REVIEW);
	}

	@Test
	void repliesSitUnderTheirCommentOneLevelDeepOldestFirst() throws Exception {
		long story = stories.publish("답글 기사");
		Reader a = readers.create("원글");
		Reader b = readers.create("답글");
		OffsetDateTime now = OffsetDateTime.now();
		long parent = rows.add(story, null, a, "원댓글", VISIBLE, now.minusMinutes(10), 0);
		rows.add(story, parent, b, "첫 답글", VISIBLE, now.minusMinutes(9), 0);
		rows.add(story, parent, b, "둘째 답글", VISIBLE, now.minusMinutes(8), 0);
		rows.add(story, null, b, "다른 원댓글", VISIBLE, now.minusMinutes(1), 0);
		rows.changed(story);

		Document page = page("/article/" + story + "/comments", b);
		List<Element> top = page.select(".comment-list > .comment");
		assertThat(top).extracting(e -> e.selectFirst(".comment-text").text()).containsExactly("다른 원댓글", "원댓글");
		assertThat(top.get(1).select(".comment-replies > .comment .comment-text").eachText()).containsExactly("첫 답글",
				"둘째 답글");
		assertThat(top.get(1).select(".comment-replies .reply-form")).as("no reply to a reply").isEmpty();
		assertThat(top.get(1).selectFirst("input[name=parentId]").attr("value")).isEqualTo(String.valueOf(parent));
		assertThat(page.select(".comment-heading").text()).isEqualTo("댓글 (4)");
	}

	@Test
	void aReaderDoesNotSeeTheReadersTheyBlock() throws Exception {
		long story = stories.publish("차단 기사");
		Reader me = readers.create("나");
		Reader pest = readers.create("차단됨");
		Reader friend = readers.create("친구");
		rows.add(story, pest, "차단된 독자의 글", VISIBLE);
		long withReply = rows.add(story, pest, "답글 달린 차단 독자 글", VISIBLE);
		rows.reply(story, withReply, friend, "친구의 답글", VISIBLE);
		long friends = rows.add(story, friend, "친구의 글", VISIBLE);
		rows.reply(story, friends, pest, "차단 독자의 답글", VISIBLE);
		rows.block(me, pest);
		rows.changed(story);

		String mine = page("/article/" + story + "/comments/fragment", me).select(".comment-list").text();
		assertThat(mine).contains("친구의 글", "친구의 답글", ShownComment.BLOCKED)
			.doesNotContain("차단된 독자의 글", "답글 달린 차단 독자 글", "차단 독자의 답글");
		String others = page("/article/" + story + "/comments/fragment", friend).select(".comment-list").text();
		assertThat(others).contains("차단된 독자의 글", "차단 독자의 답글").doesNotContain(ShownComment.BLOCKED);
	}

	@Test
	void sortsByNewestOrMostLikedAndPagesTwentyAtATime() throws Exception {
		long story = stories.publish("정렬 기사");
		Reader a = readers.create("정렬");
		OffsetDateTime start = OffsetDateTime.now().minusDays(1);
		for (int i = 1; i <= 25; i++) {
			rows.add(story, null, a, "댓글 " + i, VISIBLE, start.plusMinutes(i), i == 3 ? 99 : i % 5);
		}
		rows.changed(story);

		Document newest = page("/article/" + story + "/comments", null);
		assertThat(texts(newest)).hasSize(20).startsWith("댓글 25", "댓글 24").endsWith("댓글 6");
		assertThat(texts(page("/article/" + story + "/comments?page=2", null))).containsExactly("댓글 5", "댓글 4",
				"댓글 3", "댓글 2", "댓글 1");
		assertThat(newest.select(".comment-pager a[rel=next]").attr("href"))
			.isEqualTo("/article/" + story + "/comments?sort=newest&page=2");
		Document liked = page("/article/" + story + "/comments?sort=likes", null);
		assertThat(texts(liked).get(0)).isEqualTo("댓글 3");
		assertThat(texts(liked).get(1)).isEqualTo("댓글 24");
		assertThat(liked.select(".comment-sort a.active").text()).isEqualTo("공감순");
		mvc.perform(get("/article/" + story + "/comments?page=3")).andExpect(status().isNotFound());
		mvc.perform(get("/article/" + story + "/comments?page=0")).andExpect(status().isBadRequest());
	}

	@Test
	void theJsonHasExactlyTheDocumentedShape() throws Exception {
		long story = stories.publish("JSON 기사");
		Reader a = readers.create("제이슨");
		Reader b = readers.create("응답");
		long first = rows.add(story, a, "첫 줄\n둘째 줄", VISIBLE);
		rows.reply(story, first, b, "답글입니다", VISIBLE);
		long gone = rows.add(story, a, "지운 글", DELETED);
		rows.reply(story, gone, b, "남은 답글", VISIBLE);
		rows.react(first, b, "LIKE");
		jdbc.sql("update comments set likes = 1 where id = ?").params(first).update();
		rows.changed(story);

		JsonNode body = json(b, "/api/v1/articles/" + story + "/comments");
		assertThat(names(body)).containsExactly("total", "comments");
		assertThat(body.get("total").asLong()).isEqualTo(3);
		JsonNode placeholder = body.get("comments").get(0);
		JsonNode comment = body.get("comments").get(1);
		assertThat(names(comment)).containsExactly("id", "nickname", "text", "createdAt", "likes", "dislikes", "replies");
		assertThat(comment.get("id").asLong()).isEqualTo(first);
		assertThat(comment.get("nickname").asString()).isEqualTo(a.nickname());
		assertThat(comment.get("text").asString()).isEqualTo("첫 줄\n둘째 줄");
		assertThat(comment.get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+09:00");
		assertThat(comment.get("likes").asInt()).isEqualTo(1);
		assertThat(comment.get("replies").get(0).get("text").asString()).isEqualTo("답글입니다");
		assertThat(names(comment.get("replies").get(0))).containsExactly("id", "nickname", "text", "createdAt", "likes",
				"dislikes", "replies");
		assertThat(placeholder.get("nickname").isNull()).isTrue();
		assertThat(placeholder.get("text").asString()).isEqualTo(ShownComment.DELETED);
		assertThat(placeholder.get("replies").get(0).get("text").asString()).isEqualTo("남은 답글");
	}

	/** Needs the public-API rule in accounts' SecurityConfiguration (see the report): anonymous GET of the list. */
	@Test
	void theJsonListIsPublic() throws Exception {
		long story = stories.publish("공개 JSON 기사");
		mvc.perform(get("/api/v1/articles/" + story + "/comments").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("public")));
	}

	@Test
	void unknownStoriesReadersAndPagesAreNotFound() throws Exception {
		Reader someone = readers.create("없는");
		long missing = 987_654_321L;
		mvc.perform(get("/article/" + missing + "/comments")).andExpect(status().isNotFound());
		mvc.perform(get("/article/" + missing + "/comments/fragment")).andExpect(status().isNotFound());
		MvcResult result = mvc.perform(get("/api/v1/articles/" + missing + "/comments").with(as(someone)))
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(json.readTree(result.getResponse().getContentAsString()).get("error").asString()).contains("기사");
		mvc.perform(get("/reader/아무도없는닉네임xyz")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/articles/" + missing + "/comments?page=x").with(as(someone)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aLikeKeepsTheStorysListCachedAndTheReaderWhoLikedSeesItCounted() throws Exception {
		long story = stories.publish("공감이 몰리는 기사");
		Reader author = readers.create("쓴이");
		Reader fan = readers.create("팬");
		long comment = rows.add(story, author, "공감받을 댓글", VISIBLE);
		rows.changed(story);
		assertThat(page("/article/" + story + "/comments/fragment", fan).select("#comment-" + comment + " .like-count").text())
			.isEqualTo("0");

		reactions.react(new Actor(fan.email(), Set.of(Role.READER)), comment, "LIKE");

		Element seen = page("/article/" + story + "/comments/fragment", fan).selectFirst("#comment-" + comment);
		assertThat(seen.select(".like-count").text()).isEqualTo("1");
		assertThat(seen.select("button.reaction.like").hasClass("mine")).isTrue();
		assertThat(page("/article/" + story + "/comments/fragment", author).select("#comment-" + comment + " .like-count").text())
			.as("any signed-in reader").isEqualTo("1");
	}

	@Test
	void aWithdrawnStorysCommentsAreGoneAtOnceThoughTheyWereCached() throws Exception {
		long story = stories.publish("곧 출고 취소될 기사");
		mvc.perform(get("/api/v1/articles/" + story + "/comments")).andExpect(status().isOk());
		mvc.perform(get("/article/" + story + "/comments/fragment")).andExpect(status().isOk());
		desk.unpublish(new Actor("admin", Set.of(Role.EDITOR)), story, "시험: 출고 취소");
		mvc.perform(get("/api/v1/articles/" + story + "/comments")).andExpect(status().isNotFound());
		mvc.perform(get("/article/" + story + "/comments/fragment")).andExpect(status().isNotFound());
	}

	@Test
	void signedOutReadersGetASignInLinkAndReadersTheBox() throws Exception {
		long story = stories.publish("상자 기사");
		Reader reader = readers.create("상자");
		Document anonymous = page("/article/" + story + "/comments/fragment", null);
		assertThat(anonymous.select("form")).isEmpty();
		assertThat(anonymous.select("a.comment-login-link").attr("href"))
			.isEqualTo("/login?next=%2Farticle%2F" + story + "%2Fcomments");
		assertThat(anonymous.select(".comment-policy").text()).contains("명예", "욕설");

		MvcResult result = mvc.perform(get("/article/" + story + "/comments/fragment").with(as(reader)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "private, no-cache"))
			.andReturn();
		Document box = Jsoup.parse(result.getResponse().getContentAsString());
		Element form = box.selectFirst("form.comment-form");
		assertThat(form.attr("action")).isEqualTo("/article/" + story + "/comments");
		assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank();
		assertThat(form.select(".byte-counter").text()).isEqualTo("현재 0 byte / 최대 400byte");
	}

	@Test
	void aRefusedPostComesBackWithItsErrorAndText() throws Exception {
		long story = stories.publish("거절 기사");
		Reader reader = readers.create("거절");
		String text = "한".repeat(201);
		// As the posting task's redirect leaves them (MockMvc's flashAttr would put them in a session
		// that Spring Session's JDBC session replaces).
		MvcResult result = mvc.perform(get("/article/" + story + "/comments").with(as(reader))
			.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE,
					Map.of("error", "댓글은 400byte까지 쓸 수 있습니다.", "errorField", "text", "text", text)))
			.andExpect(status().isOk())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("form.comment-form .form-error").text()).isEqualTo("댓글은 400byte까지 쓸 수 있습니다.");
		assertThat(page.select("#comment-text").text()).isEqualTo(text);
		assertThat(page.select("#comment-counter").text()).isEqualTo("현재 402 byte / 최대 400byte");
		assertThat(page.select("#comment-counter").hasClass("over")).isTrue();
		assertThat(page.select("form.comment-form .comment-submit").hasAttr("disabled")).isTrue();

		Document notice = Jsoup.parse(mvc.perform(get("/article/" + story + "/comments").with(as(reader))
			.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Map.of("notice", "댓글이 등록되었습니다."))).andReturn().getResponse().getContentAsString());
		assertThat(notice.select(".comment-status").text()).isEqualTo("댓글이 등록되었습니다.");
		assertThat(notice.select(".comment-status").hasAttr("hidden")).isFalse();
	}

	@Test
	void aClosedStoryShowsWhyAndNoBox() throws Exception {
		long story = stories.publish("닫힌 기사");
		Reader reader = readers.create("닫힘");
		rows.add(story, reader, "닫기 전 댓글", VISIBLE);
		rows.close(story);
		rows.changed(story);
		Document page = page("/article/" + story + "/comments", reader);
		assertThat(page.select(".comment-closed").text()).isEqualTo("댓글이 닫힌 기사입니다.");
		assertThat(page.select("form.comment-form")).isEmpty();
		assertThat(page.select(".comment-text").text()).isEqualTo("닫기 전 댓글");
	}

	@Test
	void theListIsCachedUntilTheStorysCommentsChangeAndTheCountIsStored() throws Exception {
		long story = stories.publish("캐시 기사");
		long otherStory = stories.publish("다른 캐시 기사");
		Reader reader = readers.create("캐시");
		rows.add(story, reader, "처음 댓글", VISIBLE);
		rows.changed(story);
		assertThat(texts(page("/article/" + story + "/comments", null))).containsExactly("처음 댓글");

		rows.add(story, reader, "몰래 들어온 댓글", VISIBLE);
		assertThat(texts(page("/article/" + story + "/comments", null))).as("cached").containsExactly("처음 댓글");
		assertThat(counts.of(List.of(story, otherStory, 987_654_320L)))
			.isEqualTo(Map.of(story, 1, otherStory, 0, 987_654_320L, 0));

		rows.changed(story);
		assertThat(texts(page("/article/" + story + "/comments", null))).containsExactly("몰래 들어온 댓글", "처음 댓글");
		assertThat(counts.of(List.of(story)).get(story)).isEqualTo(2);
		assertThat(jdbc.sql("select visible_count from comment_threads where article_id = ?").params(story)
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void sectionListsShowTheStoredCommentCount() throws Exception {
		long story = stories.publish("목록 댓글 수 기사");
		long quiet = stories.publish("댓글 없는 목록 기사");
		Reader reader = readers.create("목록");
		rows.add(story, reader, "목록에 셀 댓글", VISIBLE);
		rows.add(story, reader, "또 하나", VISIBLE);
		rows.changed(story);
		String section = page("/article/" + story, null).select(".breadcrumb a").last().attr("href");
		Document list = page(section, null);
		Element row = list.select(".article-item").stream()
			.filter(e -> e.select(".item-headline").text().equals("목록 댓글 수 기사")).findFirst().orElseThrow();
		assertThat(row.select(".item-comments").text()).isEqualTo("댓글 2");
		assertThat(row.select(".item-comments").attr("href")).isEqualTo("/article/" + story + "/comments");
		Element none = list.select(".article-item").stream()
			.filter(e -> e.select(".item-headline").text().equals("댓글 없는 목록 기사")).findFirst().orElseThrow();
		assertThat(none.select(".item-comments")).isEmpty();
		assertThat(quiet).isNotEqualTo(story);
	}

	@Test
	void aPageCostsTheSameQueriesForOneHundredCommentsAsForTwo() throws Exception {
		Reader viewer = readers.create("세기");
		Reader writer = readers.create("많이");
		long small = stories.publish("댓글 적은 기사");
		long big = stories.publish("댓글 많은 기사");
		fill(small, writer, viewer, 2);
		fill(big, writer, viewer, 100);

		int smallQueries = queries("/article/" + small + "/comments", viewer, small);
		int bigQueries = queries("/article/" + big + "/comments", viewer, big);
		int bigAgain = queries("/article/" + big + "/comments/fragment?page=3", viewer, big);
		assertThat(bigQueries).isEqualTo(smallQueries).isLessThanOrEqualTo(10);
		// The story itself is cached by then: its comments changed, the story did not.
		assertThat(bigAgain).isLessThanOrEqualTo(bigQueries);
	}

	private void fill(long story, Reader writer, Reader viewer, int n) {
		for (int i = 0; i < n; i++) {
			long id = rows.add(story, writer, "댓글 " + i, VISIBLE);
			rows.reply(story, id, viewer, "답글 " + i, VISIBLE);
			rows.react(id, viewer, "LIKE");
		}
		rows.add(story, viewer, "검토 중", REVIEW);
	}

	private int queries(String path, Reader viewer, long story) throws Exception {
		rows.changed(story);
		QueryCounting.reset();
		mvc.perform(get(java.net.URI.create(path)).with(as(viewer))).andExpect(status().isOk());
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

	JsonNode json(Reader viewer, String path) throws Exception {
		MvcResult result = mvc.perform(get(path).with(as(viewer)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andReturn();
		return json.readTree(result.getResponse().getContentAsString());
	}

	static List<String> texts(Document page) {
		return page.select(".comment-list > .comment > .comment-text").eachText();
	}

	static List<String> names(JsonNode node) {
		return node.propertyNames().stream().toList();
	}
}
