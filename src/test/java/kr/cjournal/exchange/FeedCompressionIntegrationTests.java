package kr.cjournal.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.TestStories;

import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP, feeds and sitemaps go compressed to a client that accepts gzip, and whole to one that does not. */
@NewsroomAppTest
@Import(TestStories.class)
class FeedCompressionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestStories stories;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void sitemapsAndFeedsAreGzippedForClientsThatAcceptItAndDecompressToTheSameXml() throws Exception {
		for (int i = 0; i < 25; i++) {
			stories.publish("압축 시험 기사 " + i + " 반도체 수출이 석 달째 늘었다");
		}
		for (String path : List.of("/sitemap.xml", "/rss.xml", "/news-sitemap.xml")) {
			HttpResponse<byte[]> plain = get(path, null);
			HttpResponse<byte[]> gzipped = get(path, "gzip");

			assertThat(plain.statusCode()).as(path).isEqualTo(200);
			assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
			assertThat(gzipped.headers().allValues("Vary").toString()).as(path).containsIgnoringCase("Accept-Encoding");
			assertThat(gzipped.headers().firstValue("Content-Type").orElseThrow()).as(path).contains("xml");
			byte[] unzipped = gunzip(gzipped.body());
			assertThat(new String(unzipped, StandardCharsets.UTF_8)).as(path)
				.startsWith("<?xml")
				.isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
			assertThat(gzipped.body().length).as(path).isLessThan(unzipped.length);
		}
	}

	private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (encoding != null) {
			request.header("Accept-Encoding", encoding);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}
}
