package kr.cjournal.comments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.TestStories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The desk's comment switches: their pages, what they store, the log rows and the events. */
@CommentsAppTest
@RecordApplicationEvents
class DeskCommentsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestStories stories;

	@Autowired
	CommentSettings settings;

	@Autowired
	ApplicationEvents events;

	@Test
	void theDeskClosesAndReopensAStorysCommentsWithALogRowAndAnEventEachTime() throws Exception {
		long story = stories.publish("닫고 여는 기사");
		mvc.perform(get("/newsroom/comments/stories/{id}", story).with(user("desk.story").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("닫고 여는 기사")))
			.andExpect(content().string(containsString("댓글 닫기")));
		mvc.perform(post("/newsroom/comments/stories/{id}/closed", story).param("closed", "true")
			.with(user("desk.story").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/newsroom/comments/stories/" + story))
			.andExpect(flash().attribute("notice", "이 기사의 댓글을 닫았습니다."));
		assertThat(jdbc.sql("select closed from comment_threads where article_id = ?").params(story).query(Boolean.class)
			.single()).isTrue();
		mvc.perform(get("/newsroom/comments/stories/{id}", story).with(user("desk.story").roles("EDITOR")))
			.andExpect(content().string(containsString("댓글 열기")));
		mvc.perform(post("/newsroom/comments/stories/{id}/closed", story).param("closed", "true")
			.with(user("desk.story").roles("EDITOR")).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/newsroom/comments/stories/{id}/closed", story).param("closed", "false")
			.with(user("desk.story").roles("ADMIN")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select action from moderation_log where reason like ? order by id")
			.params("기사 " + story + " %")
			.query(String.class)
			.list()).as("closing twice is one change").containsExactly("THREAD_CLOSED", "THREAD_OPENED");
		assertThat(events.stream(CommentsChanged.class).filter(changed -> changed.articleId() == story)).hasSize(2);
	}

	@Test
	void storyPremoderationIsStoredPerStory() throws Exception {
		long story = stories.publish("사전 검토 기사");
		long other = stories.publish("검토 없는 기사");
		mvc.perform(post("/newsroom/comments/stories/{id}/premoderation", story).param("premoderated", "true")
			.with(user("desk.pre").roles("EDITOR")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select premoderated from comment_threads where article_id = ?").params(story)
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from comment_threads where article_id = ?").params(other)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select moderator from moderation_log where action = 'THREAD_PREMODERATED' and reason like ?")
			.params("기사 " + story + " %").query(String.class).single()).isEqualTo("desk.pre");
	}

	@Test
	void anUnknownStoryIs404OnTheStaffErrorPage() throws Exception {
		mvc.perform(get("/newsroom/comments/stories/{id}", 987_654_321L).with(user("desk.x").roles("EDITOR")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("987654321번 기사가 없습니다")));
		mvc.perform(get("/newsroom/comments/stories").param("articleId", "abc").with(user("desk.x").roles("EDITOR")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theSettingsPageSavesQuietHoursPastMidnightAndRefusesNonsense() throws Exception {
		mvc.perform(get("/newsroom/comments/settings").with(user("desk.set").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("조용한 시간")));
		try {
			mvc.perform(post("/newsroom/comments/settings").param("premoderated", "true").param("newcomerCount", "5")
				.param("quietFrom", "23:00").param("quietUntil", "06:00").with(user("desk.set").roles("EDITOR")).with(csrf()))
				.andExpect(redirectedUrl("/newsroom/comments/settings"));
			SiteCommentSettings saved = settings.current();
			assertThat(saved.premoderated()).isTrue();
			assertThat(saved.newcomerCount()).isEqualTo(5);
			assertThat(saved.quietHours()).isEqualTo("23:00~06:00");
			assertThat(jdbc.sql("select reason from moderation_log where action = 'SETTINGS_CHANGED' and moderator = 'desk.set' order by id desc")
				.query(String.class).list().get(0)).endsWith("사이트 사전 검토 켬, 새 독자 검토 5개, 조용한 시간 23:00~06:00");
			mvc.perform(post("/newsroom/comments/settings").param("newcomerCount", "많이").param("quietFrom", "25:00")
				.param("quietUntil", "").with(user("desk.set").roles("EDITOR")).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("새 독자 검토 개수는 0에서 99 사이의 숫자로 적어 주세요.")))
				.andExpect(content().string(containsString("조용한 시간은 00:00처럼 시:분으로 적어 주세요.")))
				.andExpect(content().string(containsString("value=\"많이\"")));
			assertThat(settings.current()).isEqualTo(saved);
		}
		finally {
			mvc.perform(post("/newsroom/comments/settings").param("newcomerCount", "3").param("quietFrom", "")
				.param("quietUntil", "").with(user("desk.set").roles("EDITOR")).with(csrf()));
		}
		assertThat(settings.current()).isEqualTo(new SiteCommentSettings(false, 3, null, null));
	}

	@Test
	void reportersCannotChangeTheSwitches() throws Exception {
		long story = stories.publish("기자는 못 닫는 기사");
		mvc.perform(post("/newsroom/comments/stories/{id}/closed", story).param("closed", "true")
			.with(user("reporter.x").roles("REPORTER")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/newsroom/comments/settings").param("premoderated", "true").param("newcomerCount", "3")
			.with(user("reporter.x").roles("REPORTER")).with(csrf())).andExpect(status().isForbidden());
		assertThat(settings.current().premoderated()).isFalse();
	}
}
