package kr.cjournal.accounts;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the other modules' MockMvc tests can rely on: the URL rules, {@code ROLE_} authorities,
 * the user name as the authentication's name, and Spring Security's test support working with
 * database sessions in the filter chain.
 */
@AccountsServerTest
class SecurityContractsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void strangersAreRedirectedToSignInFromEveryStaffPage() throws Exception {
		mvc.perform(get("/newsroom")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		for (String path : new String[] { "/newsroom/desk", "/newsroom/articles/1/edit", "/newsroom/admin/sections" }) {
			mvc.perform(get(path)).andExpect(status().isFound())
				.andExpect(redirectedUrl("/login?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8)));
		}
	}

	@Test
	void aMockReporterIsStaffButNotAnAdministrator() throws Exception {
		mvc.perform(get("/api/v1/me").with(user("hana").roles("REPORTER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("hana"))
			.andExpect(jsonPath("$.roles[0]").value("REPORTER"));
		mvc.perform(get("/newsroom/admin/sections").with(user("hana").roles("REPORTER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/newsroom/admin/staff").with(user("hana").roles("REPORTER")).header("Accept", "application/json"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("forbidden"));
	}

	/** Staff pages of every module get the header with the menu and the CSRF token (see core.StaffController). */
	@Test
	void everyStaffPageHasTheStaffHeader() throws Exception {
		for (String path : new String[] { "/newsroom", "/newsroom/desk", "/newsroom/articles/1/edit",
				"/newsroom/articles/1/revisions", "/newsroom/admin/sections", "/newsroom/admin/relink", "/newsroom/admin/staff",
				"/newsroom/account", "/newsroom/account/tokens", "/newsroom/account/two-factor", "/newsroom/people",
				"/newsroom/companies" }) {
			String html = mvc.perform(get(path).with(user("admin").roles("REPORTER", "EDITOR", "MODERATOR", "ADMIN")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(html).select(".staff-nav a[href=/newsroom/admin/staff]")).as(path).hasSize(1);
			assertThat(Jsoup.parse(html).select("meta[name=csrf-token]").attr("content")).as(path).isNotBlank();
		}
	}

	@Test
	void aReaderAccountIsNotStaff() throws Exception {
		mvc.perform(get("/newsroom/desk").with(user("reader").roles("READER"))).andExpect(status().isForbidden());
	}

	@Test
	void postsFromASessionNeedTheCsrfToken() throws Exception {
		mvc.perform(post("/newsroom/media").with(user("hana").roles("REPORTER"))).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user("hana").roles("REPORTER")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?logout"));
	}

	/**
	 * An editor page left open after its session ended keeps sending requests (preview, people
	 * search). They are refused, and must not start a session: its cookie would replace the one of
	 * a sign-in going on in another tab.
	 */
	@Test
	void aRefusedPostWithoutASessionStartsNoSession() throws Exception {
		for (String path : new String[] { "/newsroom/preview", "/api/v1/people/recognize", "/newsroom/articles/1/draft" }) {
			// Signed in as nobody, an API call is a program that forgot its token: 401, not a CSRF 403.
			int refused = path.startsWith("/api/") ? 401 : 403;
			mvc.perform(post(path).header("Accept", "application/json").contentType("application/json").content("{}"))
				.andExpect(status().is(refused))
				.andExpect(header().doesNotExist("Set-Cookie"));
			// The same with the cookie of a session that has ended or changed its id at sign-in.
			mvc.perform(post(path).cookie(new jakarta.servlet.http.Cookie("SESSION", "ZW5kZWQtc2Vzc2lvbg"))
					.header("Accept", "application/json").contentType("application/json").content("{}"))
				.andExpect(status().is(refused))
				.andExpect(header().doesNotExist("Set-Cookie"));
		}
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(header().string("Set-Cookie", startsWith("LOGIN_CSRF=")));
	}

	@Test
	void programsGetJsonNotTheSignInPage() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", startsWith("application/json")))
			.andExpect(jsonPath("$.error").value("unauthorized"));
	}
}
