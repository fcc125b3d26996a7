package kr.cjournal.search;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Manuscript;
import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.TestStories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the desk publishes, corrects and takes down is found, found anew, or gone within 2 seconds. */
@NewsroomAppTest
@Import(TestStories.class)
class SearchFollowsTheDeskIntegrationTests {

	private static final Actor DESK = new Actor("admin", Set.of(Role.EDITOR, Role.ADMIN));

	private static final Duration WITHIN = Duration.ofSeconds(2);

	@Autowired
	TestStories stories;

	@Autowired
	Desk desk;

	@Autowired
	SearchEngine search;

	@Test
	void aPublishedStoryIsFoundItsCorrectionSearchableAndItIsGoneOnceTakenDown() {
		long id = stories.publish("해오름조선 쇄빙선 수주, 북극항로 시대 연다");

		await().atMost(WITHIN).untilAsserted(() -> assertThat(ids("쇄빙선")).contains(id));

		Manuscript story = desk.read(DESK, id);
		Draft draft = story.draft();
		Draft corrected = new Draft(draft.sectionId(), "해오름조선 쇄빙선 2척 수주, 극지 연구선도 따냈다", draft.subtitle(),
				draft.bodyMarkdown(), draft.reporterIds(), List.of());
		desk.correct(DESK, id, story.version(), corrected, "수주 척수 바로잡음");
		await().atMost(WITHIN).untilAsserted(() -> assertThat(ids("극지 연구선")).contains(id));

		desk.unpublish(DESK, id, "중복 기사");
		await().atMost(WITHIN).untilAsserted(() -> assertThat(ids("쇄빙선")).doesNotContain(id));
	}

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void aThousandCharacterQueryReachesTheSearchPageOverHttp() throws Exception {
		// Through Tomcat, not MockMvc: 1,000 emoji are 12 KB of URL, past Tomcat's default header limit.
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		for (String q : List.of("가".repeat(1_000), "😀".repeat(1_000))) {
			java.net.http.HttpResponse<String> response = http.send(
					java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/search?q="
							+ java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8))).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("검색 결과");
		}
	}

	private List<Long> ids(String text) {
		return search.search(SearchQuery.of(text)).hits().stream().map(SearchResults.Hit::id).toList();
	}
}
