package kr.cjournal.accounts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kr.cjournal.support.AdversarialTexts;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.TestMail;
import kr.cjournal.support.TestReaders;
import kr.cjournal.support.XssPayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Readers joining at /signup: the rules, the confirmation mail and its link, hostile input. */
@CommentsAppTest
class ReaderSignUpIntegrationTests {

	static final String PASSWORD = "푸른 바다 건너 등대 불빛 2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	static final Pattern CONFIRM_LINK = Pattern.compile("/signup/confirm\\?token=([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Readers readers;

	@Autowired
	Accounts accounts;

	@Autowired
	TestReaders testReaders;

	/** Each test signs up from an address of its own, so the per-address allowance is its own. */
	private final String address = "198.51.100." + (SEQUENCE.incrementAndGet() % 250);

	static String uniqueEmail(String prefix) {
		return prefix + System.nanoTime() + "@example.com";
	}

	static String uniqueNickname(String prefix) {
		return prefix + Long.toString(System.nanoTime() % 1_000_000, 36);
	}

	RequestPostProcessor from(String remoteAddress) {
		return request -> {
			request.setRemoteAddr(remoteAddress);
			return request;
		};
	}

	MockHttpServletResponse signUp(String email, String nickname, String password) throws Exception {
		return send(post("/signup").param("email", email).param("nickname", nickname).param("password", password));
	}

	MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).with(from(address))).andReturn().getResponse();
	}

	static Document html(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString());
	}

	static String token(String body, Pattern link) {
		Matcher matcher = link.matcher(body);
		assertThat(matcher.find()).as("a link in: " + body).isTrue();
		return matcher.group(1);
	}

	long rows(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void signingUpMakesAReaderOnlyAccountAndMailsALinkThatConfirmsTheAddressOnce() throws Exception {
		String email = uniqueEmail("Reader.Kim");
		String nickname = uniqueNickname("경제독자");

		MockHttpServletResponse response = signUp("  " + email + " ", nickname, PASSWORD);

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?signedUp");
		String username = email.toLowerCase();
		Reader reader = readers.byUsername(username).orElseThrow();
		assertThat(reader.nickname()).isEqualTo(nickname);
		assertThat(reader.email()).isEqualTo(username);
		assertThat(reader.confirmed()).isFalse();
		assertThat(jdbc.sql("select roles from accounts where username = ?").params(username).query(String.class).single())
			.isEqualTo("READER");
		assertThat(jdbc.sql("select display_name from accounts where username = ?").params(username).query(String.class).single())
			.isEqualTo(nickname);
		assertThat(accounts.passwordMatches(username, PASSWORD)).isTrue();

		TestMail.Mail mail = TestMail.latestTo(username);
		assertThat(mail.subject()).isEqualTo("[씨저널] 이메일 주소를 확인해 주세요");
		assertThat(mail.body()).contains(nickname + "님", "48시간", "씨저널");
		String token = token(mail.body(), CONFIRM_LINK);
		assertThat(rows("select count(*) from reader_tokens where token_hash = ?", token)).as("the token is not stored").isZero();
		assertThat(rows("select count(*) from reader_tokens where token_hash = ? and purpose = 'CONFIRM'", ReaderTokens.hash(token)))
			.isOne();

		// Opening the link (as a mail scanner would) only shows the button; it confirms nothing.
		MockHttpServletResponse opened = send(get("/signup/confirm").param("token", token));
		assertThat(opened.getStatus()).isEqualTo(200);
		assertThat(html(opened).select("form.confirm-email-form[method=post][action=/signup/confirm] input[name=token]")
			.attr("value")).isEqualTo(token);
		assertThat(readers.byUsername(username).orElseThrow().confirmed()).isFalse();
		assertThat(send(get("/signup/confirm").param("token", token)).getStatus()).as("opened again").isEqualTo(200);

		MockHttpServletResponse confirmed = send(post("/signup/confirm").param("token", token));
		assertThat(confirmed.getStatus()).isEqualTo(200);
		assertThat(html(confirmed).select("h1").text()).isEqualTo("이메일 주소를 확인했습니다");
		assertThat(html(confirmed).select(".brand-ko").text()).as("the site's layout").isEqualTo("씨저널");
		assertThat(readers.byUsername(username).orElseThrow().confirmed()).isTrue();

		MockHttpServletResponse again = send(post("/signup/confirm").param("token", token));
		assertThat(again.getStatus()).isEqualTo(400);
		assertThat(send(get("/signup/confirm").param("token", token)).getStatus()).as("a used link").isEqualTo(400);
		assertThat(html(again).select("h1").text()).isEqualTo("확인할 수 없는 링크입니다");
	}

	@Test
	void anExpiredOrForgedConfirmationLinkIsRefusedWithAKoreanPage() throws Exception {
		String email = uniqueEmail("late");
		signUp(email, uniqueNickname("늦은독자"), PASSWORD);
		String token = token(TestMail.latestTo(email).body(), CONFIRM_LINK);
		jdbc.sql("update reader_tokens set expires_at = current_timestamp - interval '1' minute where token_hash = ?")
			.params(ReaderTokens.hash(token))
			.update();

		for (String forged : List.of(token, token.substring(1) + "A", "", "not-a-token", "<script>alert(1)</script>",
				"x".repeat(AdversarialTexts.LENGTH))) {
			MockHttpServletResponse response = send(post("/signup/confirm").param("token", forged));
			assertThat(response.getStatus()).as(forged).isEqualTo(400);
			assertThat(send(get("/signup/confirm").param("token", forged)).getStatus()).as(forged).isEqualTo(400);
			assertThat(html(response).select(".reader-alert").text()).startsWith("링크가 올바르지 않거나");
			assertThat(response.getContentAsString()).doesNotContain("<script>alert(1)");
		}
		assertThat(readers.byUsername(email).orElseThrow().confirmed()).isFalse();
	}

	@Test
	void aSignedInReaderAsksForANewLinkAndTheOldOneStopsWorking() throws Exception {
		String email = uniqueEmail("again");
		signUp(email, uniqueNickname("다시독자"), PASSWORD);
		Reader reader = readers.byUsername(email).orElseThrow();
		String first = token(TestMail.latestTo(email).body(), CONFIRM_LINK);

		MockHttpServletResponse account = send(get("/account").with(TestReaders.as(reader)));
		assertThat(account.getHeader("Cache-Control")).contains("no-store");
		Document page = html(account);
		assertThat(page.select(".account-nickname").text()).isEqualTo(reader.nickname());
		assertThat(page.select(".account-email").text()).isEqualTo(email);
		assertThat(page.select(".account-confirmed").text()).startsWith("확인 전");
		assertThat(page.select("form.resend-form button").text()).isEqualTo("확인 메일 다시 받기");
		assertThat(page.select("form.logout-form[action=/logout] input[name=_csrf]")).hasSize(1);

		MockHttpServletResponse resent = send(post("/account/confirmation").with(TestReaders.as(reader)));
		assertThat(resent.getRedirectedUrl()).isEqualTo("/account");
		assertThat(TestMail.to(email)).hasSize(2);
		String second = token(TestMail.latestTo(email).body(), CONFIRM_LINK);

		assertThat(send(post("/signup/confirm").param("token", first)).getStatus()).as("the old link").isEqualTo(400);
		assertThat(send(post("/signup/confirm").param("token", second)).getStatus()).isEqualTo(200);
		assertThat(readers.byUsername(email).orElseThrow().confirmed()).isTrue();
	}

	@Test
	void newConfirmationLinksAreLimitedPerReader() throws Exception {
		Reader reader = testReaders.create("재촉", false);
		for (int i = 0; i < 3; i++) {
			assertThat(mvc.perform(post("/account/confirmation").with(TestReaders.as(reader))).andReturn().getFlashMap().get("notice"))
				.asString().contains("확인 메일을 다시 보냈습니다.");
		}
		org.springframework.test.web.servlet.MvcResult fourth = mvc.perform(post("/account/confirmation").with(TestReaders.as(reader))).andReturn();
		assertThat(fourth.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(fourth.getFlashMap().get("error")).asString().startsWith("확인 메일을 너무 자주 요청했습니다.");
		assertThat(TestMail.to(reader.email())).hasSize(3);
	}

	@Test
	void eachFieldSaysWhatIsWrongNextToItKeepsWhatWasTypedButNeverThePasswordAndSavesNothing() throws Exception {
		String email = uniqueEmail("wrong");
		MockHttpServletResponse response = signUp(email, "관리자", "1234");

		assertThat(response.getStatus()).isEqualTo(400);
		Document page = html(response);
		assertThat(page.select("#nickname-error").text()).isEqualTo("운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.");
		assertThat(page.select("#nickname").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#password-error").text()).startsWith("비밀번호가 너무 짧습니다.");
		assertThat(page.select("#email-error")).isEmpty();
		assertThat(page.select("#email").val()).isEqualTo(email);
		assertThat(page.select("#nickname").val()).isEqualTo("관리자");
		assertThat(page.select("#password").val()).isEmpty();
		assertThat(response.getContentAsString()).doesNotContain("1234");
		assertThat(rows("select count(*) from accounts where username = ?", email)).isZero();
	}

	@Test
	void theEmailMustBeWellFormedShortAndNotAnyonesAlreadyStaffIncluded() throws Exception {
		String staff = "editor" + SEQUENCE.incrementAndGet() + System.nanoTime() % 10_000;
		accounts.createStaff(staff, "정편집", staff + "@cjournal.example", "harbour lantern copper 58", Set.of(Role.EDITOR));
		Reader reader = testReaders.create("선착");
		Map<String, String> cases = Map.of(
				"", "이메일 주소를 입력해 주세요.",
				"no-at-sign.example.com", "이메일 주소가 올바르지 않습니다. 예: reader@example.com",
				"reader@localhost", "이메일 주소가 올바르지 않습니다. 예: reader@example.com",
				"김독자@example.com", "이메일 주소가 올바르지 않습니다. 예: reader@example.com",
				"a".repeat(190) + "@example.com", "이메일 주소는 200자 이하여야 합니다.",
				(staff + "@CJournal.example").toUpperCase(), ReaderSignUp.EMAIL_TAKEN,
				reader.email(), ReaderSignUp.EMAIL_TAKEN);
		cases.forEach((email, message) -> {
			try {
				MockHttpServletResponse response = signUp(email, uniqueNickname("메일"), PASSWORD);
				assertThat(response.getStatus()).as(email).isEqualTo(400);
				assertThat(html(response).select("#email-error").text()).as(email).isEqualTo(message);
			}
			catch (Exception e) {
				throw new AssertionError(e);
			}
		});
	}

	@Test
	void aNicknameIsUniqueWhateverItsCaseOrWidth() throws Exception {
		String nickname = uniqueNickname("Hong_");
		assertThat(signUp(uniqueEmail("first"), nickname, PASSWORD).getStatus()).isEqualTo(302);

		for (String same : List.of(nickname.toUpperCase(), nickname.toLowerCase())) {
			MockHttpServletResponse response = signUp(uniqueEmail("second"), same, PASSWORD);
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(html(response).select("#nickname-error").text()).isEqualTo(ReaderSignUp.NICKNAME_TAKEN);
		}
	}

	@Test
	void thePasswordPolicyAppliesAndKnowsTheReadersOwnDetails() throws Exception {
		String email = uniqueEmail("policy");
		String nickname = uniqueNickname("정책");
		for (String weak : List.of("password123", "qwertyuiop", nickname + nickname, email)) {
			MockHttpServletResponse response = signUp(email, nickname, weak);
			assertThat(response.getStatus()).as(weak).isEqualTo(400);
			assertThat(html(response).select("#password-error").text()).as(weak).isNotBlank();
		}
		assertThat(readers.byUsername(email)).isEmpty();
	}

	@Test
	void hostileInputIsRefusedAndShownBackEscaped() throws Exception {
		List<String> payloads = XssPayloads.upTo(200);
		assertThat(payloads).hasSizeGreaterThan(100);
		int n = 0;
		for (String payload : payloads.subList(0, 60)) {
			// Past the allowance of one address: the form would be refused before the rules speak.
			String client = "198.18." + (SEQUENCE.get() % 200) + "." + (n++);
			MockHttpServletResponse response = mvc.perform(post("/signup").param("email", payload).param("nickname", payload)
				.param("password", PASSWORD).with(csrf()).with(from(client))).andReturn().getResponse();
			assertThat(response.getStatus()).as(payload).isEqualTo(400);
			Document page = html(response);
			assertThat(page.select("#email-error").text()).as(payload).isNotBlank();
			assertThat(page.select("#nickname-error").text()).as(payload).isNotBlank();
			assertThat(page.select("#nickname").val()).as("kept as text").isEqualTo(payload.strip());
			assertThat(page.select("script:not([src])")).as(payload).isEmpty();
			assertThat(page.select("main *").stream().flatMap(e -> e.attributes().asList().stream())
				.filter(a -> a.getKey().toLowerCase().startsWith("on") || (Set.of("href", "src", "action", "formaction")
					.contains(a.getKey().toLowerCase()) && a.getValue().toLowerCase().contains("javascript:"))))
				.as(payload).isEmpty();
		}
	}

	@Test
	void hundredThousandCharacterFieldsAreRefusedNotFailed() throws Exception {
		String huge = "가".repeat(AdversarialTexts.LENGTH);
		for (String[] fields : List.of(new String[] { huge, "독자" + SEQUENCE.get(), PASSWORD },
				new String[] { uniqueEmail("huge"), huge, PASSWORD }, new String[] { uniqueEmail("huge"), uniqueNickname("긴"), huge })) {
			MockHttpServletResponse response = signUp(fields[0], fields[1], fields[2]);
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(html(response).select(".field-error").text()).isNotBlank();
		}
	}

	@Test
	void signUpsFromOneAddressAreLimited() throws Exception {
		String crowded = "192.0.2.77";
		int refused = 0;
		for (int i = 0; i < 21; i++) {
			MockHttpServletResponse response = mvc.perform(post("/signup").param("email", "bad").param("nickname", "x")
				.param("password", "x").with(csrf()).with(from(crowded))).andReturn().getResponse();
			if (response.getStatus() == 429) {
				refused++;
				assertThat(html(response).select(".reader-alert").text()).startsWith("이 주소에서 가입 시도가 너무 많습니다.");
			}
		}
		assertThat(refused).as("the 21st within the hour").isOne();
	}

	@Test
	void theSignUpPageIsAReaderPageWithTheFormsFields() throws Exception {
		MockHttpServletResponse response = send(get("/signup"));

		assertThat(response.getStatus()).isEqualTo(200);
		Document page = html(response);
		assertThat(page.select(".brand-ko").text()).isEqualTo("씨저널");
		assertThat(page.select("form.signup-form[method=post][action=/signup] input").eachAttr("name")).contains("_csrf",
				"email", "nickname", "password");
		assertThat(page.select("label[for=email]").text()).isEqualTo("이메일");
		assertThat(page.select("#reader-status a").eachAttr("href")).containsExactly("/login", "/signup");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}
}
