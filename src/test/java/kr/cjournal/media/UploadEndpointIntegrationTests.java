package kr.cjournal.media;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.cjournal.support.NewsroomAppTest;

import static kr.cjournal.support.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the newsroom editor's script gets from {@code POST /newsroom/media}, and what readers can fetch. */
@NewsroomAppTest
class UploadEndpointIntegrationTests {

	/** Real HTTP requests sign in as the first admin with this API token (no CSRF for tokens). */
	static final String TOKEN = NewsroomAppTest.ADMIN_TOKEN;

	static final String KEY = "[0-9a-f]{2}/[0-9a-f]{64}";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Images images;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUploadAnswers201WithWhatTheEditorNeedsToPlaceThePhoto() throws Exception {
		MvcResult result = mvc.perform(multipart("/newsroom/media").file(file("gps.jpg", TestImages.fixture("gps.jpg"))).with(as("hana.seo", "REPORTER")))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.url").value(matchesPattern("/media/" + KEY + "\\.jpg")))
			.andExpect(jsonPath("$.width").value(1000))
			.andExpect(jsonPath("$.height").value(750))
			.andExpect(jsonPath("$.srcset").value(matchesPattern(
					"/media/" + KEY + "\\.jpg 480w, /media/" + KEY + "\\.jpg 960w, /media/" + KEY + "\\.jpg 1000w")))
			.andReturn();

		String json = result.getResponse().getContentAsString();
		Image stored = images.find(((Number) JsonPath.read(json, "$.id")).longValue()).orElseThrow();
		assertThat((String) JsonPath.read(json, "$.url")).isEqualTo(stored.url());
		assertThat((String) JsonPath.read(json, "$.srcset")).isEqualTo(stored.srcset());
		assertThat(jdbc.sql("select uploaded_by from images where id = ?").params(stored.id()).query(String.class).single())
			.isEqualTo("hana.seo");
	}

	@Test
	void theFileNameAndTheTypeTheBrowserClaimsDoNotMatter() throws Exception {
		MockMultipartFile disguised = new MockMultipartFile("file", "사진.txt", "text/plain", TestImages.fixture("photo.webp"));

		mvc.perform(multipart("/newsroom/media").file(disguised).with(as("hana", "REPORTER")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.width").value(1000));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"note.jpg          | JPEG, PNG, GIF, WebP 사진만 올릴 수 있습니다",
			"report.jpg        | JPEG, PNG, GIF, WebP 사진만 올릴 수 있습니다",
			"wide.png          | 사진의 가로와 세로는 각각 10,000픽셀까지입니다",
			"bomb.png          | 사진은 5,000만 화소까지 올릴 수 있습니다",
			"truncated.jpg     | 사진 파일이 손상되었거나 끝까지 올라오지 않았습니다",
			"empty.jpg         | 빈 파일입니다" })
	void eachRefusalAnswers400WithAKoreanReasonForTheFileField(String name, String reason) throws Exception {
		mvc.perform(multipart("/newsroom/media").file(file(name, upload(name))).with(as("hana", "REPORTER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.error").value("invalid"))
			.andExpect(jsonPath("$.field").value("file"))
			.andExpect(jsonPath("$.message").value(containsString(reason)))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void aRequestWithoutAFileIsAskedForOne() throws Exception {
		mvc.perform(multipart("/newsroom/media").with(as("hana", "REPORTER")).param("caption", "사진 설명"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"))
			.andExpect(jsonPath("$.message").value("올릴 사진 파일을 골라 주세요."));
		mvc.perform(post("/newsroom/media").with(as("hana", "REPORTER")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"));
	}

	@Test
	void aFileOverTheLimitAnswers413InKoreanOverRealHttp() throws Exception {
		byte[] big = Arrays.copyOf(TestImages.fixture("gps.jpg"), 20 * TestImages.MEGABYTE + 1);

		HttpResponse<String> response = http.send(multipartRequest(big), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(response.body()).contains("\"error\":\"too_large\"", "\"field\":\"file\"",
				"사진 파일은 20MB까지 올릴 수 있습니다").doesNotContain("Exception", "at org.");
	}

	@Test
	void aFileJustUnderTheLimitIsTakenOverRealHttp() throws Exception {
		byte[] padded = Arrays.copyOf(TestImages.fixture("gps.jpg"), 20 * TestImages.MEGABYTE);

		HttpResponse<String> response = http.send(multipartRequest(padded), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(201);
	}

	@Test
	void servedCopiesAreCachedForAYearAndCarryNoLocation() throws Exception {
		Image image = upload("gps.jpg", TestImages.fixture("gps.jpg"));

		for (ImageVariant variant : image.variants()) {
			byte[] served = mvc.perform(get(variant.url()))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
				.andExpect(header().string("Cache-Control", containsString("immutable")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(TestImages.hasExif(served)).isFalse();
			assertThat(TestImages.contains(served, "TestCam")).isFalse();
		}
	}

	@Test
	void originalsHaveNoAddress() throws Exception {
		Image image = upload("gps.jpg", TestImages.fixture("gps.jpg"));
		String originalKey = jdbc.sql("select original_key from images where id = ?").params(image.id())
			.query(String.class).single();

		for (String path : new String[] { "/media/" + originalKey, "/originals/" + originalKey,
				"/media/../originals/" + originalKey, "/media/..%2Foriginals%2F" + originalKey.replace("/", "%2F"),
				"/media/%2e%2e/originals/" + originalKey }) {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isBetween(400, 404);
			assertThat(TestImages.contains(response.body(), "TestCam")).as(path).isFalse();
		}
	}

	private Image upload(String name, byte[] bytes) throws Exception {
		String json = mvc.perform(multipart("/newsroom/media").file(file(name, bytes)).with(as("hana", "REPORTER")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return images.find(((Number) JsonPath.read(json, "$.id")).longValue()).orElseThrow();
	}

	private static byte[] upload(String name) {
		byte[] jpeg = TestImages.fixture("gps.jpg");
		return switch (name) {
			case "wide.png" -> TestImages.opaquePng(12_000, 10);
			case "bomb.png" -> TestImages.decompressionBomb(8000, 8000);
			case "truncated.jpg" -> Arrays.copyOf(jpeg, jpeg.length / 2);
			case "empty.jpg" -> new byte[0];
			default -> TestImages.fixture(name);
		};
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "image/jpeg", bytes);
	}


	private HttpRequest multipartRequest(byte[] file) {
		String boundary = "cjournal-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(base() + "/newsroom/media"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Bearer " + TOKEN)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
