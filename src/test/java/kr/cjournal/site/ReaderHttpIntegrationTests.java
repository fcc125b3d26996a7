package kr.cjournal.site;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import kr.cjournal.accounts.AccountsServerTest;
import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.people.Directory;
import kr.cjournal.people.Person;

import static org.assertj.core.api.Assertions.assertThat;

/** What only a real server shows: compression, revalidation and language over HTTP. */
@AccountsServerTest
class ReaderHttpIntegrationTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	Desk desk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Test
	void pagesAreCompressedKoreanAndRevalidatedWithoutSendingThemAgain() throws Exception {
		HttpResponse<byte[]> home = http.send(request("/").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(home.headers().firstValue("Content-Language")).contains("ko-KR");
		assertThat(home.headers().firstValue("Content-Type").orElseThrow()).contains("text/html", "UTF-8");
		String etag = home.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> again = http.send(request("/").header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void aWithdrawnStoryLeavesTheCachedHomePageAtOnce() throws Exception {
		long id = jdbc.sql("select min(article_id) from top_stories").query(Long.class).single();
		assertThat(http.send(request("/").build(), HttpResponse.BodyHandlers.ofString()).body()).contains("/article/" + id + "\"");
		assertThat(http.send(request("/article/" + id).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

		desk.unpublish(new Actor("desk", Set.of(Role.EDITOR)), id, "오보 확인");

		assertThat(http.send(request("/").build(), HttpResponse.BodyHandlers.ofString()).body()).doesNotContain("/article/" + id + "\"");
		assertThat(http.send(request("/article/" + id).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(410);
	}

	@Test
	void aDirectoryChangeLeavesTheCachedPersonPageAtOnce() throws Exception {
		Person person = directory.addPerson("류한결", null, null, 1970, null);
		assertThat(http.send(request(person.url()).build(), HttpResponse.BodyHandlers.ofString()).body())
			.contains("<h1 class=\"section-title\">류한결");

		directory.updatePerson(person.id(), "류한별", null, null, 1970, null);

		assertThat(http.send(request(person.url()).build(), HttpResponse.BodyHandlers.ofString()).body())
			.contains("<h1 class=\"section-title\">류한별");
	}

	@Test
	void aMalformedAddressGetsTheKoreanErrorPageNotAStackTrace() throws Exception {
		// java.net.URI refuses to build this address, so it goes over a plain socket.
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream()
				.write("GET /article/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(response).startsWith("HTTP/1.1 400")
				.contains("잘못된 요청입니다", "첫 화면으로 가기")
				.doesNotContain("Exception", "at org.", "Tomcat");
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}
}
