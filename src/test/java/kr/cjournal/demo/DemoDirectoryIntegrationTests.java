package kr.cjournal.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.people.Directory;
import kr.cjournal.people.Organization;
import kr.cjournal.people.Position;

import static kr.cjournal.support.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo directory is the cast of the demo stories, and staff can look names up in it. */
@AutoConfigureMockMvc
@SpringBootTest
class DemoDirectoryIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	MockMvc mvc;

	@Test
	void staffFindPeopleAndCompaniesByInitialConsonantsPrefixOrAlias() throws Exception {
		mvc.perform(get("/api/v1/directory/suggest").param("q", "ㅈㅌㅇ").with(as("hana", "REPORTER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions[0].name").value("정태오"))
			.andExpect(jsonPath("$.suggestions[0].description").value("한울그룹 회장"))
			.andExpect(jsonPath("$.suggestions[0].type").value("person"));
		mvc.perform(get("/api/v1/directory/suggest").param("q", "한울").with(as("hana", "REPORTER")))
			.andExpect(jsonPath("$.suggestions[*].name", hasItems("한울그룹", "한울전자", "한울반도체")));
		mvc.perform(get("/api/v1/directory/suggest").param("q", "northbridge").with(as("hana", "REPORTER")))
			.andExpect(jsonPath("$.suggestions[0].name").value("노스브릿지"));
		mvc.perform(get("/api/v1/directory/suggest").param("q", "ㄱㅁㅅ").with(as("hana", "REPORTER")))
			.andExpect(jsonPath("$.suggestions[*].description", hasItems("한울전자 부사장", "누리증권 연구원")));
		mvc.perform(get("/api/v1/directory/suggest").param("q", "ㅎㅎㅎㅎ").with(as("hana", "REPORTER")))
			.andExpect(jsonPath("$.suggestions").isEmpty());
	}

	@Test
	void anonymousVisitorsCannotQueryTheDirectory() throws Exception {
		mvc.perform(get("/api/v1/directory/suggest").param("q", "ㅈ")).andExpect(status().isUnauthorized());
	}

	@Test
	void atLeastThirtyPeopleAndFifteenOrganisationsAllNamedInTheDemoStories() {
		List<String> people = jdbc.sql("select distinct name from people").query(String.class).list();
		List<String> organizations = jdbc.sql("select name from organizations").query(String.class).list();
		String stories = String.join("\n", jdbc.sql("select body_markdown from articles").query(String.class).list());

		assertThat(jdbc.sql("select count(*) from people").query(Long.class).single()).isGreaterThanOrEqualTo(30);
		assertThat(organizations).hasSizeGreaterThanOrEqualTo(15);
		assertThat(people).allSatisfy(name -> assertThat(stories).as(name).contains(name));
		assertThat(organizations).filteredOn(stories::contains).hasSizeGreaterThanOrEqualTo(15);
	}

	@Test
	void sameNamePeopleAreTwoRecordsWithTheirOwnOrganisations() {
		List<Long> kims = jdbc.sql("select id from people where name = '김민수' order by id").query(Long.class).list();

		assertThat(kims).hasSize(2);
		assertThat(directory.positionsOf(kims.get(0))).extracting(Position::organizationName).containsExactly("한울전자");
		assertThat(directory.positionsOf(kims.get(1))).extracting(Position::organizationName).containsExactly("누리증권");
	}

	@Test
	void theDemoStoriesComeOutLinkedToTheirCast() throws Exception {
		long chung = jdbc.sql("select id from people where name = '정태오'").query(Long.class).single();
		List<Long> stories = jdbc.sql("select distinct article_id from mentions where person_id = ? order by article_id")
			.params(chung)
			.query(Long.class)
			.list();

		assertThat(stories).isNotEmpty();
		String html = jdbc.sql("select body_html from articles where id = ?").params(stories.get(0)).query(String.class).single();
		assertThat(html).contains("<a href=\"/people/" + chung + "\" class=\"human_link\"");
		String page = mvc.perform(get("/article/" + stories.get(0))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/people/" + chung);
		assertThat(jdbc.sql("select count(distinct article_id) from mentions").query(Long.class).single())
			.isGreaterThanOrEqualTo(30);
	}

	@Test
	void groupsHoldTheirCompanies() {
		long nuri = jdbc.sql("select id from organizations where name = '누리금융지주'").query(Long.class).single();

		assertThat(directory.subsidiariesOf(nuri)).extracting(Organization::name)
			.containsExactlyInAnyOrder("누리은행", "누리증권", "누리카드");
		assertThat(directory.aliasesOfOrganization(nuri)).containsExactly("누리금융");
	}
}
