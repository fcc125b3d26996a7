package kr.cjournal.newsroom;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import kr.cjournal.accounts.Accounts;
import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.support.NewsroomAppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body far over the limit, sent to the real server as the editor's form and as its script's
 * JSON: a Korean refusal naming the body, and the saved text stays as it was.
 */
@NewsroomAppTest
class OversizedSaveIntegrationTests {

	static final String PASSWORD = "Seo-Hana-Desk-2026!";

	static final String FIVE_MEGABYTES = "가".repeat(5 * 1024 * 1024 / 3);

	@LocalServerPort
	int port;

	@Autowired
	DeskFixture fixture;

	@Autowired
	Desk desk;

	@Autowired
	Manuscripts manuscripts;

	@Autowired
	Accounts accounts;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	long id;

	@BeforeEach
	void aSavedDraft() throws Exception {
		fixture.reset();
		if (accounts.findByUsername("hana").isEmpty()) {
			accounts.createStaff("hana", "서하나", "hana.seo@cjournal.example", PASSWORD, Set.of(Role.REPORTER));
		}
		id = desk.createDraft(new Actor("hana", Set.of(Role.REPORTER)), fixture.draft("저장된 제목"));
		String login = get("/login").body();
		HttpResponse<String> signedIn = post("/login", Map.of("username", "hana", "password", PASSWORD, "_csrf", csrf(login)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/newsroom");
	}

	@Test
	void aFiveMegabyteBodyFromTheFormIsRefusedInKoreanNamingTheBodyAndNothingIsLost() throws Exception {
		String editor = get("/newsroom/articles/" + id + "/edit").body();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrf(editor));
		form.put("version", "0");
		form.put("sectionId", String.valueOf(fixture.general()));
		form.put("headline", "덮어쓸 제목");
		form.put("body", FIVE_MEGABYTES);

		HttpResponse<String> refused = post("/newsroom/articles/" + id, form);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(Jsoup.parse(refused.body()).select("main").text()).contains("본문은 60,000자까지")
			.contains("저장된 글은 그대로");
		assertThat(manuscripts.find(id).orElseThrow().headline()).isEqualTo("저장된 제목");
		assertThat(manuscripts.find(id).orElseThrow().bodyMarkdown()).isEqualTo("[씨저널] 본문 첫 문단이다.");
	}

	@Test
	void aFiveMegabyteBodyFromTheEditorScriptIsRefusedAsJsonNamingTheBody() throws Exception {
		String editor = get("/newsroom/articles/" + id + "/edit").body();
		String json = "{\"version\":\"0\",\"sectionId\":\"" + fixture.general()
				+ "\",\"headline\":\"덮어쓸 제목\",\"subtitle\":\"\",\"body\":\"" + FIVE_MEGABYTES
				+ "\",\"reporterIds\":[],\"tags\":\"\",\"autosave\":true}";

		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(url("/newsroom/articles/" + id + "/draft"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", csrf(editor))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isIn(400, 413);
		assertThat(refused.body()).contains("\"field\":\"body\"").contains("본문");
		assertThat(manuscripts.find(id).orElseThrow().bodyMarkdown()).isEqualTo("[씨저널] 본문 첫 문단이다.");
	}

	private static String csrf(String page) {
		return Jsoup.parse(page).select("input[name=_csrf]").attr("value");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String encoded = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(url(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encoded))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
