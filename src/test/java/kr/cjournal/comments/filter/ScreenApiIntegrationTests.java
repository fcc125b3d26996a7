package kr.cjournal.comments.filter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.Staff;
import kr.cjournal.support.TestReaders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/comments/screen}: moderators (session or token) get the verdict, nobody else. */
@CommentsAppTest
class ScreenApiIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestReaders readers;

	private static MockHttpServletRequestBuilder screen(String json) {
		return post("/api/v1/comments/screen").contentType(MediaType.APPLICATION_JSON).content(json);
	}

	@Test
	void aModeratorGetsTheVerdictWithTheWordsAsWritten() throws Exception {
		mvc.perform(screen("{\"text\":\"주가 시1발 또 빠짐\"}").with(Staff.as("mod-screen", "MODERATOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("abusive"))
			.andExpect(jsonPath("$.matches[0]").value("시1발"));
		mvc.perform(screen("{\"text\":\"구조조정의 시발점\"}").with(Staff.as("mod-screen", "MODERATOR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("clean"))
			.andExpect(jsonPath("$.matches").doesNotExist());
		mvc.perform(screen("{\"text\":\"tlqkf\"}").with(Staff.as("admin-screen", "ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("abusive"));
	}

	@Test
	void readersReportersAndEditorsAreRefused() throws Exception {
		for (String role : new String[] { "REPORTER", "EDITOR" }) {
			mvc.perform(screen("{\"text\":\"씨발\"}").with(Staff.as("screen-" + role, role)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(screen("{\"text\":\"씨발\"}").with(TestReaders.as(readers.create("검사독자"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void withoutSignInOrCsrfNothingIsScreened() throws Exception {
		mvc.perform(screen("{\"text\":\"씨발\"}").with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(screen("{\"text\":\"씨발\"}").with(user("mod-nocsrf").roles("MODERATOR")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTokenWithTheScreeningScopeWorksAndOneWithoutItDoesNot() throws Exception {
		mvc.perform(screen("{\"text\":\"ㅅㅂ\"}").header("Authorization", "Bearer " + CommentsAppTest.ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("abusive"));
		String moderator = token("MODERATOR", "comments:screen");
		mvc.perform(screen("{\"text\":\"qudtls\"}").header("Authorization", "Bearer " + moderator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matches[0]").value("qudtls"));
		String readOnly = token("MODERATOR", "read");
		mvc.perform(screen("{\"text\":\"씨발\"}").header("Authorization", "Bearer " + readOnly))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("insufficient_scope"));
		String editor = token("EDITOR", "comments:screen");
		mvc.perform(screen("{\"text\":\"씨발\"}").header("Authorization", "Bearer " + editor))
			.andExpect(status().isForbidden());
	}

	@Test
	void badInputIsAnsweredWithTheFieldAtFault() throws Exception {
		var moderator = Staff.as("mod-bad", "MODERATOR");
		mvc.perform(screen("{\"text\":").with(moderator))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("text"));
		mvc.perform(screen("{}").with(moderator))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("text"))
			.andExpect(jsonPath("$.error").value("'text'에 검사할 글을 문자열로 보내 주세요."));
		mvc.perform(screen("{\"text\":42}").with(moderator)).andExpect(status().isBadRequest());
		mvc.perform(screen("[\"씨발\"]").with(moderator)).andExpect(status().isBadRequest());
		mvc.perform(screen("{\"text\":\"" + "가".repeat(10_001) + "\"}").with(moderator))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.field").value("text"));
		mvc.perform(screen("{\"text\":\"" + "씨발 ".repeat(2_000) + "\"}").with(moderator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("abusive"));
	}

	/** A staff account with the role and an API token with the scopes, straight in the database. */
	private String token(String role, String scopes) throws Exception {
		int n = SEQUENCE.incrementAndGet();
		String username = "screen-token-" + role.toLowerCase() + n + "-" + System.nanoTime();
		jdbc.sql("insert into accounts (username, password_hash, display_name, roles) values (?, 'x', ?, ?)")
			.params(username, username, role)
			.update();
		long id = jdbc.sql("select id from accounts where username = ?").params(username).query(Long.class).single();
		String token = "cj_screen-test-" + n + "-" + System.nanoTime() + "-abcdefghijklmnop";
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		jdbc.sql("insert into api_tokens (account_id, name, prefix, token_hash, scopes, created_at) values (?, ?, ?, ?, ?, current_timestamp)")
			.params(id, "검사", token.substring(0, 10), hash, scopes)
			.update();
		return token;
	}
}
