package kr.cjournal.people.recognition;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kr.cjournal.people.Directory;
import kr.cjournal.people.OrganizationKind;
import kr.cjournal.people.Position;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static kr.cjournal.support.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor's one-click actions on a recognised name, on H2 and PostgreSQL: a new person with a
 * new or known organisation and the current position, and a mention attached to someone known.
 */
abstract class NewPeopleContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Recognizer recognizer;

	@Test
	void oneClickAddsThePersonTheNewOrganisationAndThePositionAndTheNextRecognitionKnowsThem() throws Exception {
		String company = "오리온" + suffix() + "(OR)";
		String text = "에릭 모건 " + company + " 최고경영자(CEO)는 서울을 찾았다.";
		assertThat(recognizer.recognize(text).mentions().get(0).personId()).isNull();

		JsonNode created = created(people("{\"name\": \"에릭 모건\", \"organization\": \"" + company
				+ "\", \"title\": \"최고경영자(CEO)\"}"));

		long personId = created.path("personId").asLong();
		long organizationId = created.path("organizationId").asLong();
		assertThat(created.path("organizationCreated").asBoolean()).isTrue();
		assertThat(created.path("url").asString()).isEqualTo("/people/" + personId);
		assertThat(directory.person(personId).orElseThrow().name()).isEqualTo("에릭 모건");
		assertThat(directory.organization(organizationId).orElseThrow().name()).isEqualTo(company.substring(0, company.indexOf('(')));
		assertThat(directory.organization(organizationId).orElseThrow().kind()).isEqualTo(OrganizationKind.COMPANY);
		assertThat(directory.aliasesOfOrganization(organizationId)).containsExactly("OR");
		assertThat(directory.positionsOf(personId)).extracting(Position::organizationId, Position::title, Position::isCurrent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(organizationId, "최고경영자(CEO)", true));
		assertThat(recognizer.recognize(text).mentions().get(0).personId()).as("reloaded after the change").isEqualTo(personId);
	}

	@Test
	void aKnownOrganisationIsUsedNotDuplicatedAndKindsAreGuessedForNewOnes() throws Exception {
		String known = "누리" + suffix() + "은행";
		long knownId = directory.addOrganization(known, OrganizationKind.COMPANY, null, null, null).id();

		JsonNode atKnown = created(people("{\"name\": \"신가람\", \"organization\": \"" + known + "\", \"title\": \"부행장\"}"));
		JsonNode group = created(people("{\"name\": \"권태호\", \"organization\": \"다온" + suffix() + "그룹\", \"title\": \"회장\"}"));
		JsonNode body = created(people("{\"name\": \"윤서경\", \"organization\": \"데이터" + suffix() + "위원회\", \"title\": \"위원장\"}"));

		assertThat(atKnown.path("organizationId").asLong()).isEqualTo(knownId);
		assertThat(atKnown.path("organizationCreated").asBoolean()).isFalse();
		assertThat(directory.organization(group.path("organizationId").asLong()).orElseThrow().kind())
			.isEqualTo(OrganizationKind.GROUP);
		assertThat(directory.organization(body.path("organizationId").asLong()).orElseThrow().kind())
			.isEqualTo(OrganizationKind.PUBLIC_BODY);
	}

	@Test
	void attachingAMentionAddsThePositionOnceAndTheWrittenNameAsAnAlias() throws Exception {
		long personId = directory.addPerson("데이비드 " + suffix(), null, null, null, null).id();
		String body = "{\"organization\": \"노스" + suffix() + "\", \"title\": \"이사회 의장\", \"name\": \"David\"}";

		mvc.perform(attach(personId, body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.positionAdded").value(true))
			.andExpect(jsonPath("$.aliasAdded").value(true));
		mvc.perform(attach(personId, body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.positionAdded").value(false))
			.andExpect(jsonPath("$.aliasAdded").value(false));

		assertThat(directory.positionsOf(personId)).extracting(Position::title).containsExactly("이사회 의장");
		assertThat(directory.aliasesOfPerson(personId)).containsExactly("David");
	}

	@Test
	void aReporterAddsNewPeopleButOnlyEditorsAndAdminsChangeSomeoneAlreadyInTheDirectory() throws Exception {
		long personId = directory.addPerson("마리아 " + suffix(), null, null, null, null).id();
		String body = "{\"organization\": \"사우스" + suffix() + "\", \"title\": \"부사장\", \"name\": \"Maria\"}";

		mvc.perform(post("/api/v1/people/" + personId + "/positions").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(as("reporter", "REPORTER")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("forbidden"))
			.andExpect(jsonPath("$.message").value(containsString("데스크(에디터)와 관리자만")));
		mvc.perform(post("/api/v1/people/" + personId + "/positions").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(as("moderator", "MODERATOR"))).andExpect(status().isForbidden());
		assertThat(directory.positionsOf(personId)).as("no title on the public page").isEmpty();
		assertThat(directory.aliasesOfPerson(personId)).as("no other name").isEmpty();

		mvc.perform(post("/api/v1/people/" + personId + "/positions").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(as("chief", "ADMIN"))).andExpect(status().isOk()).andExpect(jsonPath("$.positionAdded").value(true));
		created(people("{\"name\": \"새얼굴 " + suffix() + "\"}"));
	}

	@Test
	void badRequestsNameTheFieldAndChangeNothing() throws Exception {
		long before = jdbc.sql("select count(*) from people").query(Long.class).single();

		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content("{\"organization\": \"가나전자\", \"title\": \"사장\"}").with(as("r", "REPORTER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("name"));
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content("{\"name\": 7}").with(as("r", "REPORTER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("name"))
			.andExpect(jsonPath("$.message").value(containsString("문자열")));
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"김가나\", \"organization\": \"가나전자\"}").with(as("r", "REPORTER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("title"));
		mvc.perform(attach(1, "{\"organization\": \"가나전자\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("title"));
		mvc.perform(post("/api/v1/people/abc/positions").contentType(MediaType.APPLICATION_JSON).content("{}").with(as("r", "REPORTER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
		mvc.perform(attach(Long.MAX_VALUE, "{\"organization\": \"가나전자\", \"title\": \"사장\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value("그런 인물이 없습니다."));
		// Nobody signed in and no token: 401 (the API tells a program it lacks credentials, not rights).
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"김가나\"}"))
			.andExpect(status().isUnauthorized());

		assertThat(jdbc.sql("select count(*) from people").query(Long.class).single()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder people(String body) {
		return post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(body).with(as("reporter", "REPORTER"));
	}

	private MockHttpServletRequestBuilder attach(long personId, String body) {
		return post("/api/v1/people/" + personId + "/positions").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(as("editor", "EDITOR"));
	}

	private JsonNode created(MockHttpServletRequestBuilder request) throws Exception {
		String answer = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(answer);
	}

	/** Distinct names per test, so the tests share one database without meeting. */
	private static String suffix() {
		String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 4);
		StringBuilder syllables = new StringBuilder();
		for (char c : hex.toCharArray()) {
			syllables.append((char) (0xAC00 + Character.digit(c, 16) * 28 * 21 % 11172));
		}
		return syllables.toString();
	}
}
