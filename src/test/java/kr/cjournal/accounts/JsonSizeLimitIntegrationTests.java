package kr.cjournal.accounts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.cjournal.newsroom.Draft;

import static kr.cjournal.accounts.StaffBrowser.html;
import static kr.cjournal.accounts.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON body over the limit (1MB) is refused with 413 and a Korean message before anything parses
 * it, whether its length is declared or it comes in chunks; the largest body the editor sends, a
 * draft with the longest story allowed, still saves. Over real HTTP, as a signed-in editor.
 */
@AccountsServerTest
class JsonSizeLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private StaffBrowser admin;

	private String csrfHeader;

	private String csrfToken;

	private long draft;

	@BeforeEach
	void anAdministratorWithANewDraft() {
		admin = new StaffBrowser(port, "203.0.113.230");
		admin.signIn("admin", AccountsServerTest.ADMIN_PASSWORD);
		Document page = html(admin.get("/newsroom/account"));
		csrfHeader = page.select("meta[name=csrf-header]").attr("content");
		csrfToken = page.select("meta[name=csrf-token]").attr("content");
		String editor = location(admin.post("/newsroom/articles", Map.of()));
		draft = Long.parseLong(editor.replaceAll("\\D+", " ").strip().split(" ")[0]);
	}

	@Test
	void aDraftWithTheLongestStoryAllowedSaves() throws Exception {
		String story = "반도체 시장이 다시 커진다는 전망이 나왔다. ".repeat(4000).substring(0, Draft.BODY_MAX);

		HttpResponse<String> saved = post(draftJson(story), false);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(json.readTree(saved.body()).path("version").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("select version from articles where id = ?").params(draft).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void aBodyDeclaredOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
		String text = json.writeValueAsString(Map.of("text", "가".repeat(400_000)));
		HttpResponse<String> refused = post("/api/v1/people/recognize", text, false);

		assertTooLarge(refused);
	}

	@Test
	void aDraftDeclaredOverTheLimitIsRefusedNamingTheBody() throws Exception {
		// The newsroom answers oversized saves itself, with a message about the story's length.
		HttpResponse<String> refused = post(draftJson("가".repeat(400_000)), false);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(json.readTree(refused.body()).path("field").asString()).isEqualTo("body");
		assertThat(jdbc.sql("select version from articles where id = ?").params(draft).query(Integer.class).single())
			.as("nothing saved")
			.isZero();
	}

	@Test
	void aChunkedBodyOverTheLimitIsRefusedToo() throws Exception {
		HttpResponse<String> refused = post(draftJson("가".repeat(400_000)), true);

		assertTooLarge(refused);
	}

	@Test
	void aChunkedBodyWithinTheLimitIsReadWhole() throws Exception {
		HttpResponse<String> saved = post(draftJson("본문 ".repeat(20_000)), true);

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
	}

	private void assertTooLarge(HttpResponse<String> refused) {
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		JsonNode body = json.readTree(refused.body());
		assertThat(body.path("error").asString()).isEqualTo("payload_too_large");
		assertThat(body.path("message").asString()).isEqualTo("요청 본문이 너무 큽니다. JSON은 1MB까지 보낼 수 있습니다.");
		assertThat(jdbc.sql("select version from articles where id = ?").params(draft).query(Integer.class).single())
			.as("nothing saved")
			.isZero();
	}

	private String draftJson(String story) {
		long section = jdbc.sql("select section_id from articles where id = ?").params(draft).query(Long.class).single();
		return json.writeValueAsString(Map.of("version", "0", "sectionId", String.valueOf(section), "headline",
				"긴 기사", "subtitle", "", "body", story, "reporterIds", java.util.List.of(), "tags", "", "autosave", true));
	}

	private HttpResponse<String> post(String body, boolean chunked) throws IOException, InterruptedException {
		return post("/newsroom/articles/" + draft + "/draft", body, chunked);
	}

	private HttpResponse<String> post(String path, String body, boolean chunked) throws IOException, InterruptedException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		// Without a length the client sends the body in chunks.
		BodyPublisher publisher = chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
				: HttpRequest.BodyPublishers.ofByteArray(bytes);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Cookie", "SESSION=" + admin.sessionId())
			.header("X-Forwarded-For", "203.0.113.230")
			.header(csrfHeader, csrfToken)
			.POST(publisher)
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
