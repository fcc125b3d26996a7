package kr.cjournal.comments;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.cjournal.accounts.Reader;
import kr.cjournal.core.Kst;
import kr.cjournal.people.Directory;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.TestReaders;
import kr.cjournal.support.TestStories;

import static kr.cjournal.support.TestReaders.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Readers post, react, delete and block through the endpoints, and every rule answers in Korean. */
@CommentsAppTest
class CommentPostingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestReaders testReaders;

	@Autowired
	TestStories stories;

	@Autowired
	Directory directory;

	PostingFixture fixture;

	long story;

	@BeforeEach
	void story() {
		fixture = new PostingFixture(jdbc, testReaders, stories);
		story = stories.publish("댓글 쓰기 시험 기사");
	}

	ResultActions postJson(Reader reader, long articleId, String text) throws Exception {
		return mvc.perform(comment(articleId, text).with(as(reader)).accept(MediaType.APPLICATION_JSON));
	}

	static MockHttpServletRequestBuilder comment(long articleId, String text) {
		return post("/article/{id}/comments", articleId).param("text", text);
	}

	long idOf(ResultActions result) throws Exception {
		String body = result.andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
	}

	@Nested
	class TheByteRule {

		@Test
		void acceptsFourHundredBytesAndRefusesFourHundredAndOne() throws Exception {
			for (String[] pair : new String[][] { { "a".repeat(400), "a".repeat(401) },
					{ "가".repeat(200), "가".repeat(199) + "ab!" }, { "가나다라마".repeat(39) + "0123456789", "가나다라마".repeat(39) + "0123456789X" },
					{ "😀".repeat(200), "😀".repeat(200) + "." } }) {
				Reader reader = fixture.regular("바이트");
				postJson(reader, story, pair[0]).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("VISIBLE"));
				Reader other = fixture.regular("바이트");
				int bytes = CommentText.bytes(pair[1]);
				assertThat(bytes).isEqualTo(401);
				postJson(other, story, pair[1]).andExpect(status().isPayloadTooLarge())
					.andExpect(jsonPath("$.field").value("text"))
					.andExpect(jsonPath("$.error").value("댓글은 400byte(한글 200자)까지 쓸 수 있습니다. 지금 401 byte입니다."));
				assertThat(fixture.comments(other)).isEqualTo(3);
			}
		}

		@Test
		void refusesAHundredThousandCharactersQuicklyAndSavesNothing() throws Exception {
			Reader reader = fixture.regular("긴글");
			long started = System.nanoTime();
			postJson(reader, story, "가".repeat(100_000)).andExpect(status().isPayloadTooLarge())
				.andExpect(jsonPath("$.error").value(containsString("지금 200000 byte입니다.")));
			assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
			assertThat(fixture.comments(reader)).isEqualTo(3);
		}

		@Test
		void refusesEmptyWhitespaceAndInvisibleText() throws Exception {
			Reader reader = fixture.regular("빈글");
			for (String empty : new String[] { "", "   \n\n  ", "\u200B\u200D\u200E", "\u3164\u3164\u3164", "\u0007\u0000" }) {
				postJson(reader, story, empty).andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.field").value("text"))
					.andExpect(jsonPath("$.error").value(containsString("댓글 내용을 입력해 주세요.")));
			}
			mvc.perform(post("/article/{id}/comments", story).with(as(reader)).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isBadRequest());
			assertThat(fixture.comments(reader)).isEqualTo(3);
		}

		@Test
		void storesTheTextAsTypedWithLineBreaksButWithoutControlCharacters() throws Exception {
			Reader reader = fixture.regular("줄바꿈");
			long id = idOf(postJson(reader, story, "첫 줄\r\n\n\n\n\n\n<b>둘째</b> 줄\u0000").andExpect(status().isCreated()));
			assertThat(jdbc.sql("select body from comments where id = ?").params(id).query(String.class).single())
				.isEqualTo("첫 줄\n\n\n<b>둘째</b> 줄");
		}

		@Test
		void storesHostilePayloadsAsPlainText() throws Exception {
			Reader reader = testReaders.create("공격");
			int stored = 0;
			for (String payload : kr.cjournal.support.XssPayloads.all()) {
				String cleaned = CommentText.clean(payload);
				if (CommentText.bytes(cleaned) > CommentText.MAX_BYTES || !CommentText.isVisible(cleaned)) {
					continue;
				}
				// Forget the reader's earlier posts, so the limits leave every payload through.
				jdbc.sql("delete from comments where author_id = ?").params(reader.accountId()).update();
				long id = idOf(postJson(reader, story, payload).andExpect(status().isCreated()));
				assertThat(jdbc.sql("select body from comments where id = ?").params(id).query(String.class).single())
					.isEqualTo(cleaned);
				stored++;
			}
			assertThat(stored).isGreaterThan(300);
		}
	}

	@Nested
	class WhoMayPost {

		@Test
		void anonymousScriptsGet401AndBrowsersGoToSignIn() throws Exception {
			mvc.perform(comment(story, "안녕하세요").with(csrf()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.error").value("로그인이 필요합니다."));
			mvc.perform(comment(story, "안녕하세요").with(csrf()))
				.andExpect(status().isSeeOther())
				.andExpect(redirectedUrl("/login?next=%2Farticle%2F" + story + "%2Fcomments"));
		}

		@Test
		void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
			Reader reader = fixture.regular("토큰");
			mvc.perform(comment(story, "토큰 없는 댓글").with(user(reader.email()).roles("READER"))
				.accept(MediaType.APPLICATION_JSON)).andExpect(status().isForbidden());
			mvc.perform(comment(story, "토큰 없는 댓글").with(user(reader.email()).roles("READER")))
				.andExpect(status().isForbidden());
			assertThat(fixture.comments(reader)).isEqualTo(3);
		}

		@Test
		void staffWithoutAReaderProfileAreAskedToSignInAsAReader() throws Exception {
			mvc.perform(comment(story, "편집자의 댓글").with(user("desk.editor").roles("EDITOR")).with(csrf())
				.accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error").value("독자 계정으로 로그인해 주세요."));
		}

		@Test
		void anUnconfirmedAddressCannotPost() throws Exception {
			Reader reader = testReaders.create("미확인", false);
			postJson(reader, story, "확인 전 댓글").andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error").value(containsString("이메일 주소를 확인한 뒤에")));
			assertThat(fixture.comments(reader)).isZero();
		}

		@Test
		void aBannedReaderIsToldUntilWhen() throws Exception {
			Reader reader = fixture.regular("제한");
			OffsetDateTime ends = OffsetDateTime.now().plusDays(7).withNano(0);
			jdbc.sql("insert into reader_bans (reader_id, ends_at, reason, moderator) values (?, ?, '욕설', 'mod')")
				.params(reader.accountId(), ends)
				.update();
			postJson(reader, story, "제한 중 댓글").andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error").value("운영 원칙 위반으로 " + Kst.minutes(ends) + "까지 댓글을 쓸 수 없습니다."));
			jdbc.sql("insert into reader_bans (reader_id, ends_at, reason, moderator) values (?, null, '도배', 'mod')")
				.params(reader.accountId())
				.update();
			postJson(reader, story, "제한 중 댓글").andExpect(jsonPath("$.error").value(containsString("영구")));
		}

		@Test
		void aLiftedOrEndedBanNoLongerCounts() throws Exception {
			Reader reader = fixture.regular("해제");
			jdbc.sql("insert into reader_bans (reader_id, ends_at, reason, moderator, lifted_at) values (?, null, '욕설', 'mod', ?)")
				.params(reader.accountId(), OffsetDateTime.now().minusHours(1))
				.update();
			jdbc.sql("insert into reader_bans (reader_id, ends_at, reason, moderator) values (?, ?, '욕설', 'mod')")
				.params(reader.accountId(), OffsetDateTime.now().minusMinutes(1))
				.update();
			postJson(reader, story, "제한이 끝난 뒤 댓글").andExpect(status().isCreated());
		}

		@Test
		void anUnknownOrUnpublishedStoryIs404() throws Exception {
			Reader reader = fixture.regular("없는기사");
			postJson(reader, 987_654_321L, "어디에 달까").andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error").value("기사를 찾을 수 없습니다."));
		}

		@Test
		void aClosedStoryTakesNoComments() throws Exception {
			Reader reader = fixture.regular("닫힘");
			mvc.perform(post("/newsroom/comments/stories/{id}/closed", story).param("closed", "true")
				.with(user("desk.closer").roles("EDITOR")).with(csrf())).andExpect(status().is3xxRedirection());
			postJson(reader, story, "닫힌 기사 댓글").andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error").value("댓글이 닫힌 기사입니다."));
			mvc.perform(post("/newsroom/comments/stories/{id}/closed", story).param("closed", "false")
				.with(user("desk.closer").roles("EDITOR")).with(csrf())).andExpect(status().is3xxRedirection());
			postJson(reader, story, "다시 열린 기사 댓글").andExpect(status().isCreated());
		}

		@Test
		void nobodyPostsDuringQuietHoursEvenPastMidnight() throws Exception {
			Reader reader = fixture.regular("심야");
			ZonedDateTime now = ZonedDateTime.now(Kst.ZONE);
			String from = now.minusHours(1).toLocalTime().withSecond(0).withNano(0).toString();
			String until = now.plusHours(1).toLocalTime().withSecond(0).withNano(0).toString();
			try {
				siteSettings(false, "3", from, until);
				postJson(reader, story, "조용한 시간의 댓글").andExpect(status().isForbidden())
					.andExpect(jsonPath("$.error").value(containsString("지금은 댓글을 쓸 수 없는 시간입니다(매일 " + from + "~" + until + ")")));
				siteSettings(false, "3", until, from);
				postJson(reader, story, "조용한 시간이 아닐 때").andExpect(status().isCreated());
			}
			finally {
				siteSettings(false, "3", "", "");
			}
		}
	}

	void siteSettings(boolean premoderated, String newcomers, String from, String until) throws Exception {
		mvc.perform(post("/newsroom/comments/settings").param("premoderated", Boolean.toString(premoderated))
			.param("newcomerCount", newcomers).param("quietFrom", from).param("quietUntil", until)
			.with(user("desk.settings").roles("EDITOR")).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Nested
	class Limits {

		@Test
		void oneCommentEveryFifteenSeconds() throws Exception {
			Reader reader = fixture.regular("간격");
			postJson(reader, story, "첫 댓글").andExpect(status().isCreated());
			postJson(reader, stories.publish("다른 기사"), "둘째 댓글").andExpect(status().isTooManyRequests())
				.andExpect(header().exists("Retry-After"))
				.andExpect(jsonPath("$.error").value(startsWith("댓글은 15초에 한 번 쓸 수 있습니다.")))
				.andExpect(jsonPath("$.error").value(containsString("초 뒤에 다시 써 주세요.")));
		}

		@Test
		void afterFifteenSecondsTheNextIsTaken() throws Exception {
			Reader reader = fixture.regular("간격후");
			fixture.comment(story, reader, null, "16초 전 댓글", "VISIBLE", Duration.ofSeconds(16));
			postJson(reader, story, "그다음 댓글").andExpect(status().isCreated());
		}

		@Test
		void twentyCommentsADay() throws Exception {
			Reader reader = fixture.regular("하루");
			for (int i = 0; i < 20; i++) {
				fixture.comment(stories.publish("하루 한도 " + i), reader, null, "오늘 댓글 " + i, "DELETED",
						Duration.ofSeconds(30 + i));
			}
			postJson(reader, story, "스물한 번째").andExpect(status().isTooManyRequests())
				.andExpect(jsonPath("$.error").value("댓글은 하루 20개까지 쓸 수 있습니다. 내일 0시(한국 시각) 이후에 다시 써 주세요."));
		}

		@Test
		void fortyRepliesADayApartFromComments() throws Exception {
			Reader reader = fixture.regular("답글한도");
			Reader other = fixture.regular("원글");
			long parent = fixture.comment(story, other, null, "원댓글", "VISIBLE", Duration.ofHours(1));
			for (int i = 0; i < 40; i++) {
				fixture.comment(story, reader, parent, "오늘 답글 " + i, "VISIBLE", Duration.ofSeconds(30 + i));
			}
			mvc.perform(comment(story, "마흔한 번째 답글").param("parentId", Long.toString(parent)).with(as(reader))
				.accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isTooManyRequests())
				.andExpect(jsonPath("$.error").value(startsWith("답글은 하루 40개까지 달 수 있습니다.")));
			postJson(reader, story, "답글이 아니라 댓글").andExpect(status().isCreated());
		}

		@Test
		void threeCommentsAStoryDeletedOnesIncludedRepliesNot() throws Exception {
			Reader reader = fixture.regular("기사당");
			fixture.comment(story, reader, null, "하나", "VISIBLE", Duration.ofHours(3));
			fixture.comment(story, reader, null, "둘", "DELETED", Duration.ofHours(2));
			long third = fixture.comment(story, reader, null, "셋", "VISIBLE", Duration.ofHours(1));
			postJson(reader, story, "넷").andExpect(status().isConflict())
				.andExpect(jsonPath("$.error").value("한 기사에는 댓글을 3개까지 쓸 수 있습니다(삭제한 댓글 포함). 답글은 더 달 수 있습니다."));
			mvc.perform(comment(story, "그래도 답글은").param("parentId", Long.toString(third)).with(as(reader))
				.accept(MediaType.APPLICATION_JSON)).andExpect(status().isCreated());
		}

		@Test
		void theSameTextTwiceWithinTenMinutesIsRefused() throws Exception {
			Reader reader = fixture.regular("반복");
			fixture.comment(stories.publish("처음 쓴 기사"), reader, null, "똑같은 말 OK", "VISIBLE", Duration.ofMinutes(5));
			postJson(reader, story, "똑같은  말 ok").andExpect(status().isConflict())
				.andExpect(jsonPath("$.field").value("text"))
				.andExpect(jsonPath("$.error").value(startsWith("같은 내용의 댓글은 10분 안에 다시 쓸 수 없습니다.")));
			Reader later = fixture.regular("반복후");
			fixture.comment(stories.publish("처음 쓴 기사"), later, null, "똑같은 말 OK", "VISIBLE", Duration.ofMinutes(11));
			postJson(later, story, "똑같은 말 OK").andExpect(status().isCreated());
		}
	}

	@Nested
	class Review {

		@Test
		void aRegularReadersCommentIsShownAtOnce() throws Exception {
			Reader reader = fixture.regular("단골");
			postJson(reader, story, "좋은 기사 감사합니다").andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("VISIBLE"))
				.andExpect(jsonPath("$.message").value("댓글이 등록되었습니다."));
		}

		@Test
		void aNewReadersFirstCommentsWait() throws Exception {
			Reader reader = testReaders.create("새독자");
			long id = idOf(postJson(reader, story, "처음 써 봅니다").andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("REVIEW"))
				.andExpect(jsonPath("$.message").value("검토 후 공개됩니다. (새 독자)")));
			assertThat(fixture.reviewReason(id)).isEqualTo("NEWCOMER");
		}

		@Test
		void aFlaggedWordWaitsForAModerator() throws Exception {
			Reader reader = fixture.regular("욕설");
			long id = idOf(postJson(reader, story, "이게 무슨 씨발 기사냐").andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("REVIEW"))
				.andExpect(jsonPath("$.message").value("검토 후 공개됩니다. (클린필터)")));
			assertThat(fixture.status(id)).isEqualTo("REVIEW");
			assertThat(fixture.reviewReason(id)).isEqualTo("FILTER");
		}

		@Test
		void anInsultWithANameFromTheDirectoryIsPossibleDefamation() throws Exception {
			String name = "도담솔" + (char) ('가' + (int) (System.nanoTime() % 1000));
			directory.addPerson(name, null, null, 1970, "시험 인물");
			Reader reader = fixture.regular("명예");
			long id = idOf(postJson(reader, story, name + " 이 병신 같은 사람").andExpect(status().isCreated())
				.andExpect(jsonPath("$.message").value("검토 후 공개됩니다. (명예훼손 의심)")));
			assertThat(fixture.reviewReason(id)).isEqualTo("DEFAMATION");
		}

		@Test
		void aPremoderatedStoryOrSiteHoldsEveryComment() throws Exception {
			Reader reader = fixture.regular("사전");
			mvc.perform(post("/newsroom/comments/stories/{id}/premoderation", story).param("premoderated", "true")
				.with(user("desk.pre").roles("EDITOR")).with(csrf())).andExpect(status().is3xxRedirection());
			long id = idOf(postJson(reader, story, "검토받을 댓글").andExpect(status().isCreated())
				.andExpect(jsonPath("$.message").value("검토 후 공개됩니다. (기사 사전 검토)")));
			assertThat(fixture.reviewReason(id)).isEqualTo("STORY_PREMODERATION");
			Reader another = fixture.regular("사이트");
			try {
				siteSettings(true, "3", "", "");
				long onSite = idOf(postJson(another, stories.publish("사이트 검토 기사"), "사이트 검토 댓글")
					.andExpect(jsonPath("$.message").value("검토 후 공개됩니다. (사이트 사전 검토)")));
				assertThat(fixture.reviewReason(onSite)).isEqualTo("SITE_PREMODERATION");
			}
			finally {
				siteSettings(false, "3", "", "");
			}
		}
	}

	@Nested
	class Replies {

		@Test
		void aReplyToAReplyGoesUnderTheSameTopLevelComment() throws Exception {
			Reader first = fixture.regular("원글");
			Reader second = fixture.regular("답글");
			Reader third = fixture.regular("재답글");
			long top = idOf(postJson(first, story, "원댓글입니다"));
			long reply = idOf(mvc.perform(comment(story, "답글입니다").param("parentId", Long.toString(top))
				.with(as(second)).accept(MediaType.APPLICATION_JSON)).andExpect(status().isCreated()));
			long again = idOf(mvc.perform(comment(story, "답글의 답글").param("parentId", Long.toString(reply))
				.with(as(third)).accept(MediaType.APPLICATION_JSON)).andExpect(status().isCreated()));
			assertThat(jdbc.sql("select parent_id from comments where id = ?").params(again).query(Long.class).single())
				.isEqualTo(top);
		}

		@Test
		void aReplyToAnotherStorysOrAHiddenCommentIsRefused() throws Exception {
			Reader first = fixture.regular("다른글");
			long elsewhere = fixture.comment(stories.publish("다른 기사"), first, null, "다른 기사 댓글", "VISIBLE",
					Duration.ofHours(1));
			long deleted = fixture.comment(story, first, null, "지운 댓글", "DELETED", Duration.ofHours(1));
			Reader reader = fixture.regular("답글러");
			mvc.perform(comment(story, "엉뚱한 답글").param("parentId", Long.toString(elsewhere)).with(as(reader))
				.accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
			mvc.perform(comment(story, "지운 글에 답글").param("parentId", Long.toString(deleted)).with(as(reader))
				.accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.field").value("parentId"));
			mvc.perform(comment(story, "번호가 이상한 답글").param("parentId", "abc").with(as(reader))
				.accept(MediaType.APPLICATION_JSON)).andExpect(status().isBadRequest());
		}
	}

	@Nested
	class FormsWithoutJavaScript {

		@Test
		void aPostedFormGoesBackToTheCommentWithANotice() throws Exception {
			Reader reader = fixture.regular("폼");
			mvc.perform(comment(story, "폼으로 쓴 댓글").with(as(reader)))
				.andExpect(status().isSeeOther())
				.andExpect(header().string("Location", startsWith("/article/" + story + "/comments#comment-")))
				.andExpect(flash().attribute("notice", "댓글이 등록되었습니다."));
		}

		@Test
		void aRefusedFormKeepsTheTextAndNamesTheField() throws Exception {
			Reader reader = fixture.regular("폼거절");
			String tooLong = "가".repeat(201);
			mvc.perform(comment(story, tooLong).with(as(reader)))
				.andExpect(status().isSeeOther())
				.andExpect(redirectedUrl("/article/" + story + "/comments"))
				.andExpect(flash().attribute("error", "댓글은 400byte(한글 200자)까지 쓸 수 있습니다. 지금 402 byte입니다."))
				.andExpect(flash().attribute("errorField", "text"))
				.andExpect(flash().attribute("text", tooLong));
		}
	}

	@Nested
	class Reactions {

		long commentBy(Reader author) throws Exception {
			return fixture.comment(story, author, null, "공감받을 댓글", "VISIBLE", Duration.ofMinutes(1));
		}

		ResultActions react(Reader reader, long commentId, String kind) throws Exception {
			return mvc.perform(post("/comments/{id}/reaction", commentId).param("kind", kind).with(as(reader))
				.accept(MediaType.APPLICATION_JSON));
		}

		@Test
		void theSameKindAgainTakesItBackAndTheOtherSwitches() throws Exception {
			Reader author = testReaders.create("작성자");
			Reader reader = testReaders.create("공감러");
			long id = commentBy(author);
			react(reader, id, "LIKE").andExpect(status().isOk()).andExpect(jsonPath("$.likes").value(1))
				.andExpect(jsonPath("$.dislikes").value(0)).andExpect(jsonPath("$.mine").value("LIKE"));
			react(reader, id, "LIKE").andExpect(jsonPath("$.likes").value(0)).andExpect(jsonPath("$.mine").isEmpty());
			react(reader, id, "LIKE").andExpect(jsonPath("$.likes").value(1));
			react(reader, id, "DISLIKE").andExpect(jsonPath("$.likes").value(0)).andExpect(jsonPath("$.dislikes").value(1))
				.andExpect(jsonPath("$.mine").value("DISLIKE"));
			react(testReaders.create("공감둘"), id, "DISLIKE").andExpect(jsonPath("$.dislikes").value(2));
			assertThat(jdbc.sql("select count(*) from comment_reactions where comment_id = ?").params(id)
				.query(Integer.class).single()).isEqualTo(2);
		}

		@Test
		void notOnOnesOwnNorOnAHiddenCommentNorAnUnknownKind() throws Exception {
			Reader author = testReaders.create("셀프");
			long id = commentBy(author);
			react(author, id, "LIKE").andExpect(status().isForbidden());
			long review = fixture.comment(story, author, null, "검토 중", "REVIEW", Duration.ofMinutes(1));
			react(testReaders.create("검토"), review, "LIKE").andExpect(status().isNotFound());
			react(testReaders.create("종류"), id, "LOVE").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("kind"));
		}

		@Test
		void fiftyADay() throws Exception {
			Reader author = testReaders.create("많은글");
			Reader reader = testReaders.create("공감왕");
			for (int i = 0; i < 50; i++) {
				long id = fixture.comment(story, author, null, "댓글 " + i, "VISIBLE", Duration.ofMinutes(5));
				jdbc.sql("insert into comment_reactions (comment_id, reader_id, kind, created_at) values (?, ?, 'LIKE', ?)")
					.params(id, reader.accountId(), OffsetDateTime.now().minusSeconds(10))
					.update();
			}
			long next = commentBy(author);
			react(reader, next, "LIKE").andExpect(status().isTooManyRequests())
				.andExpect(jsonPath("$.error").value("공감/비공감은 하루 50번까지 할 수 있습니다. 내일 0시(한국 시각) 이후에 다시 해 주세요."));
			assertThat(jdbc.sql("select likes from comments where id = ?").params(next).query(Integer.class).single()).isZero();
		}

		@Test
		void aFormReactionGoesBackToTheComment() throws Exception {
			long id = commentBy(testReaders.create("폼글"));
			mvc.perform(post("/comments/{id}/reaction", id).param("kind", "LIKE").with(as(testReaders.create("폼공감"))))
				.andExpect(status().isSeeOther())
				.andExpect(redirectedUrl("/article/" + story + "/comments#comment-" + id))
				.andExpect(flash().attribute("notice", "공감했습니다."));
		}
	}

	@Nested
	class Deleting {

		@Test
		void aReaderDeletesTheirOwnCommentButNotAnothers() throws Exception {
			Reader author = fixture.regular("삭제");
			long id = idOf(postJson(author, story, "곧 지울 댓글"));
			mvc.perform(post("/comments/{id}/delete", id).with(as(testReaders.create("남의글"))).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error").value("내가 쓴 댓글만 삭제할 수 있습니다."));
			assertThat(fixture.status(id)).isEqualTo("VISIBLE");
			mvc.perform(post("/comments/{id}/delete", id).with(as(author)).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.deleted").value(true));
			assertThat(fixture.status(id)).isEqualTo("DELETED");
			mvc.perform(post("/comments/{id}/delete", id).with(as(author)))
				.andExpect(status().isSeeOther())
				.andExpect(redirectedUrl("/article/" + story + "/comments"));
		}

		@Test
		void anUnknownCommentIs404() throws Exception {
			mvc.perform(post("/comments/{id}/delete", 987_654_321L).with(as(testReaders.create("없는")))
				.accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
		}
	}

	@Nested
	class Blocking {

		@Test
		void aReaderBlocksAndUnblocksAnother() throws Exception {
			Reader reader = testReaders.create("차단자");
			Reader other = testReaders.create("피차단");
			mvc.perform(post("/readers/{nickname}/block", other.nickname()).with(as(reader)).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.blocked").value(true));
			mvc.perform(post("/readers/{nickname}/block", other.nickname()).with(as(reader)).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk());
			assertThat(blocks(reader, other)).isEqualTo(1);
			mvc.perform(post("/readers/{nickname}/unblock", other.nickname()).with(as(reader)))
				.andExpect(status().isSeeOther())
				.andExpect(redirectedUrl(other.url()));
			assertThat(blocks(reader, other)).isZero();
		}

		@Test
		void notOneselfNorSomeoneUnknown() throws Exception {
			Reader reader = testReaders.create("자기");
			mvc.perform(post("/readers/{nickname}/block", reader.nickname()).with(as(reader)).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value("자기 자신은 차단할 수 없습니다."));
			mvc.perform(post("/readers/{nickname}/block", "없는독자zz").with(as(reader)).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isNotFound());
		}

		int blocks(Reader reader, Reader other) {
			return jdbc.sql("select count(*) from reader_blocks where reader_id = ? and blocked_id = ?")
				.params(reader.accountId(), other.accountId())
				.query(Integer.class)
				.single();
		}
	}

	@Nested
	class ClientAddressesAndEvents {

		@Autowired
		ClientAddresses addresses;

		@Test
		void keepsOnlyAKeyedHashOfTheAddressAndForgetsItAfterNinetyDays() throws Exception {
			Reader reader = fixture.regular("주소");
			long id = idOf(mvc.perform(comment(story, "주소가 남는 댓글").with(as(reader)).with(request -> {
				request.setRemoteAddr("198.51.100.23");
				return request;
			}).accept(MediaType.APPLICATION_JSON)));
			String hash = jdbc.sql("select client_hash from comments where id = ?").params(id).query(String.class).single();
			assertThat(hash).hasSize(64).doesNotContain("198.51").isEqualTo(addresses.hash("198.51.100.23"))
				.isNotEqualTo(addresses.hash("198.51.100.24"));
			long old = fixture.comment(story, reader, null, "오래된 댓글", "VISIBLE", Duration.ofDays(91));
			jdbc.sql("update comments set client_hash = ? where id = ?").params(hash, old).update();
			assertThat(addresses.purge()).isGreaterThanOrEqualTo(1);
			assertThat(jdbc.sql("select client_hash from comments where id = ?").params(old).query(String.class).optional())
				.isEmpty();
			assertThat(jdbc.sql("select client_hash from comments where id = ?").params(id).query(String.class).single())
				.isEqualTo(hash);
		}
	}

	@Nested
	class StaffPages {

		@Test
		void aReaderSessionCannotOpenTheDesksPages() throws Exception {
			Reader reader = testReaders.create("직원아님");
			mvc.perform(get("/newsroom/comments/settings").with(as(reader))).andExpect(status().isForbidden());
			mvc.perform(get("/newsroom/comments/stories/{id}", story).with(as(reader))).andExpect(status().isForbidden());
			mvc.perform(post("/newsroom/comments/stories/{id}/closed", story).param("closed", "true").with(as(reader)))
				.andExpect(status().isForbidden());
		}

		@Test
		void aModeratorWhoIsNotOnTheDeskIsRefused() throws Exception {
			mvc.perform(get("/newsroom/comments/settings").with(user("mod.only").roles("MODERATOR")))
				.andExpect(status().isForbidden());
			mvc.perform(post("/newsroom/comments/stories/{id}/closed", story).param("closed", "true")
				.with(user("mod.only").roles("MODERATOR")).with(csrf())).andExpect(status().isForbidden());
		}
	}
}
