package kr.cjournal.people.recognition;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.people.Directory;
import kr.cjournal.people.OrganizationKind;
import kr.cjournal.support.PeopleModuleTest;

import static kr.cjournal.support.Staff.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /api/v1/people/recognize}: who may ask, what comes back, and how bad requests are refused. */
@PeopleModuleTest
class RecognitionApiIntegrationTests {

	static final String TOKEN = PeopleModuleTest.ADMIN_TOKEN;

	static final String TEXT = "정태성 한울물산 회장은 13일 에릭 모건 오리온랩스 최고경영자(CEO)와 만났다. 정 회장은 "
			+ "\"협력을 넓히겠다\"고 말했다. 모건 CEO는 한울물산의 공급망을 둘러봤다.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Test
	void staffGetTheNewAndKnownPeopleOfATextWithOffsetsAndIds() throws Exception {
		long hanul = directory.addOrganization("한울물산", OrganizationKind.COMPANY, null, null, null).id();
		long chung = directory.addPerson("정태성", null, null, null, null).id();
		directory.addPosition(chung, hanul, "회장", null, null);

		mvc.perform(recognize(json(TEXT)).with(as("reporter", "REPORTER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentions.length()").value(2))
			.andExpect(jsonPath("$.mentions[0].name").value("정태성"))
			.andExpect(jsonPath("$.mentions[0].organization").value("한울물산"))
			.andExpect(jsonPath("$.mentions[0].title").value("회장"))
			.andExpect(jsonPath("$.mentions[0].start").value(0))
			.andExpect(jsonPath("$.mentions[0].end").value(3))
			.andExpect(jsonPath("$.mentions[0].personId").value(chung))
			.andExpect(jsonPath("$.mentions[1].name").value("에릭 모건"))
			.andExpect(jsonPath("$.mentions[1].organization").value("오리온랩스"))
			.andExpect(jsonPath("$.mentions[1].title").value("최고경영자(CEO)"))
			.andExpect(jsonPath("$.mentions[1].start").value(TEXT.indexOf("에릭")))
			.andExpect(jsonPath("$.mentions[1].end").value(TEXT.indexOf("에릭") + 5))
			.andExpect(jsonPath("$.mentions[1].personId").value(nullValue()))
			.andExpect(jsonPath("$.organizations[0].name").value("한울물산"))
			.andExpect(jsonPath("$.organizations[0].organizationId").value(hanul))
			.andExpect(jsonPath("$.organizations[1].name").value("오리온랩스"))
			.andExpect(jsonPath("$.organizations[1].organizationId").value(nullValue()));
	}

	@Test
	void aBearerTokenNeedsNoCsrfToken() throws Exception {
		mvc.perform(recognize(json(TEXT)).header("Authorization", "Bearer " + TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentions[1].name").value("에릭 모건"));
	}

	@Test
	void anonymousVisitorsReadersAndRequestsWithoutCsrfAreRefused() throws Exception {
		mvc.perform(recognize(json(TEXT)).with(csrf()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("unauthorized"));
		mvc.perform(recognize(json(TEXT)).with(as("reader", "READER")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("forbidden"));
		mvc.perform(recognize(json(TEXT)).with(user("reporter").roles("REPORTER"))).andExpect(status().isForbidden());
	}

	@Test
	void aMissingOrWrongTextIsRefusedNamingTheField() throws Exception {
		for (String body : new String[] { "{}", "{\"text\": 12}", "{\"text\": null}", "{\"body\": \"정태성 회장\"}" }) {
			mvc.perform(recognize(body).with(as("editor", "EDITOR")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("text"))
				.andExpect(jsonPath("$.message").value(containsString("text")));
		}
		mvc.perform(recognize("{\"text\": ").with(as("editor", "EDITOR")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("text"))
			.andExpect(jsonPath("$.message").value(containsString("JSON")));
	}

	@Test
	void aTextLongerThanAnyStoryIsRefusedInKorean() throws Exception {
		String text = "가".repeat(RecognitionController.MAX_TEXT + 1);

		mvc.perform(recognize(json(text)).with(as("editor", "EDITOR")))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.field").value("text"))
			.andExpect(jsonPath("$.message").value(containsString("너무 깁니다")));
	}

	@Test
	void theThirtyFirstRecognitionInAMinuteIsRefusedForThatAccountOnly() throws Exception {
		for (int i = 1; i <= 30; i++) {
			mvc.perform(recognize(json(TEXT)).with(as("busy-reporter", "REPORTER"))).andExpect(status().isOk());
		}

		mvc.perform(recognize(json(TEXT)).with(as("busy-reporter", "REPORTER")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]?")))
			.andExpect(jsonPath("$.error").value("too_many_requests"))
			.andExpect(jsonPath("$.message").value(containsString("1분에 30번")));
		mvc.perform(recognize(json(TEXT)).with(as("other-reporter", "REPORTER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentions[1].name").value("에릭 모건"));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder recognize(String body) {
		return post("/api/v1/people/recognize").contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String json(String text) {
		return "{\"text\": \"" + text.replace("\"", "\\\"") + "\"}";
	}
}
