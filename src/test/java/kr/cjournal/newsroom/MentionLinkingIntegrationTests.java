package kr.cjournal.newsroom;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.people.Directory;
import kr.cjournal.people.Organization;
import kr.cjournal.people.OrganizationKind;
import kr.cjournal.people.Person;
import kr.cjournal.support.NewsroomAppTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static kr.cjournal.support.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing links the people and organisations a story names, records where, and forgets them
 * when the story is withdrawn. Shares its application context with the newsroom page tests.
 */
@NewsroomAppTest
class MentionLinkingIntegrationTests {

	static final Actor HANA = new Actor("hana", Set.of(Role.REPORTER));

	static final Actor EDITOR = new Actor("desk", Set.of(Role.EDITOR));

	@Autowired
	MockMvc mvc;

	@Autowired
	DeskFixture fixture;

	@Autowired
	Desk desk;

	@Autowired
	Articles articles;

	@Autowired
	Manuscripts manuscripts;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArchiveRelink relink;

	@Autowired
	JsonMapper json;

	Person chung;

	Organization hanul;

	Person kimHanul;

	Person kimNuri;

	@BeforeEach
	void paperAndDirectory() {
		fixture.reset();
		for (String table : List.of("mentions", "mention_reviews", "positions", "person_aliases", "organization_aliases",
				"people", "organizations")) {
			jdbc.sql("delete from " + table).update();
		}
		Organization group = directory.addOrganization("한울그룹", OrganizationKind.GROUP, null, null, null);
		hanul = directory.addOrganization("한울전자", OrganizationKind.COMPANY, group.id(), null, null);
		directory.addOrganizationAlias(hanul.id(), "한울");
		Organization nuri = directory.addOrganization("누리증권", OrganizationKind.COMPANY, null, null, null);
		chung = directory.addPerson("정태오", null, null, 1961, null);
		directory.addPosition(chung.id(), group.id(), "회장", null, null);
		kimHanul = directory.addPerson("김민수", null, null, 1972, null);
		directory.addPosition(kimHanul.id(), hanul.id(), "부사장", null, null);
		kimNuri = directory.addPerson("김민수", null, null, 1988, null);
		directory.addPosition(kimNuri.id(), nuri.id(), "연구원", null, null);
	}

	@Test
	void thePreviewShowsTheLinksReadersWillGetAndTheHeadlineTellsSameNamePeopleApart() throws Exception {
		String answer = mvc.perform(post("/newsroom/preview").with(as("hana", "REPORTER"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(java.util.Map.of("headline", "한울전자 가전 전망", "subtitle", "",
					"markdown", "정태오 회장은 웃었다. 김민수 부사장은 수요가 살아난다고 봤다."))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document preview = Jsoup.parseBodyFragment(json.readTree(answer).path("html").asString());

		assertThat(preview.select("a.human_link")).extracting(a -> a.attr("href") + " " + a.text())
			.containsExactly("/people/" + chung.id() + " 정태오", "/people/" + kimHanul.id() + " 김민수");
	}

	@Test
	void publishingLinksTheFirstMentionAndRecordsEveryOne() throws Exception {
		long id = publish("정태오 회장, 한울전자 방문", """
				[씨저널] 정태오 한울그룹 회장은 한울전자를 찾았다.

				![공장](image:1 "정태오 회장이 둘러보고 있다")

				정태오 회장은 "한울전자가 해낼 것"이라고 말했다. [정태오](https://example.com) 서하나 기자""");

		Article article = articles.findPublished(id).orElseThrow();
		Document body = Jsoup.parseBodyFragment(article.bodyHtml());
		assertThat(body.select("a.human_link")).extracting(a -> a.attr("href") + " " + a.text())
			.containsExactly("/people/" + chung.id() + " 정태오");
		assertThat(body.select("a.company_link")).extracting(a -> a.attr("href") + " " + a.text())
			.containsExactly("/company/" + hanulGroupId() + " 한울그룹", "/company/" + hanul.id() + " 한울전자");
		assertThat(body.select("a.human_link, a.company_link")).as("our own pages are followed by search engines")
			.allSatisfy(a -> assertThat(a.hasAttr("rel")).isFalse());
		assertThat(body.select("a[href=https://example.com]").attr("rel")).isEqualTo("nofollow noopener");
		assertThat(mentions(id)).contains("HEADLINE:정태오", "HEADLINE:한울전자", "BODY:정태오", "BODY:한울그룹")
			.doesNotContain("BODY:서하나");
		assertThat(jdbc.sql("select count(*) from mentions where article_id = ? and field = 'CAPTION'")
			.params(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		// the one in the reporter's own link is recorded too, but not linked again
		assertThat(mentions(id).stream().filter(m -> m.equals("BODY:정태오"))).hasSize(3);

		String page = mvc.perform(get("/article/" + id)).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select("a[href=/people/" + chung.id() + "]")).hasSize(1);

		desk.unpublish(EDITOR, id, "오보");
		assertThat(mentions(id)).isEmpty();
	}

	@Test
	void aCorrectionRelinksAndRerecordsAndAScheduledReleaseRecords() {
		long id = publish("정태오 회장 발언", "[씨저널] 정태오 회장이 말했다.");
		Manuscript live = manuscripts.find(id).orElseThrow();
		desk.correct(EDITOR, id, live.version(), new Draft(fixture.general(), "한울전자 발표", null,
				"[씨저널] 한울전자가 발표했다.", List.of(), List.of()), "제목 수정");

		assertThat(mentions(id)).containsExactly("BODY:한울전자", "HEADLINE:한울전자");
		assertThat(articles.findPublished(id).orElseThrow().bodyHtml()).contains("/company/" + hanul.id())
			.doesNotContain("human_link");

		long later = desk.createDraft(HANA, new Draft(fixture.general(), "예약", null, "[씨저널] 정태오 회장이 왔다.",
				List.of(), List.of()));
		desk.schedule(EDITOR, later, java.time.OffsetDateTime.now().plusHours(1), false);
		assertThat(mentions(later)).isEmpty();
		jdbc.sql("update articles set publish_at = ? where id = ?")
			.params(java.time.OffsetDateTime.now().minusMinutes(1), later)
			.update();
		desk.releaseDue();
		assertThat(mentions(later)).containsExactly("BODY:정태오");
	}

	@Test
	void sameNamePeopleAreToldApartOrLeftToTheDesk() {
		long told = publish("가전 전망", "[씨저널] 한울전자 김민수 부사장은 가전 수요가 살아난다고 봤다.");
		assertThat(Jsoup.parseBodyFragment(articles.findPublished(told).orElseThrow().bodyHtml())
			.select("a.human_link")
			.attr("href")).isEqualTo("/people/" + kimHanul.id());

		long undecided = publish("증시 전망", "[씨저널] 김민수 씨는 증시가 오른다고 봤다.");
		assertThat(articles.findPublished(undecided).orElseThrow().bodyHtml()).doesNotContain("human_link");
		assertThat(jdbc.sql("select candidate_ids from mention_reviews where article_id = ?")
			.params(undecided)
			.query(String.class)
			.list()).containsExactly(kimHanul.id() + "," + kimNuri.id());
	}

	@Test
	void theDeskSettlesASameNameAndTheChoiceSticksOnRelinking() throws Exception {
		long id = publish("증시 전망", "[씨저널] 김민수 씨는 증시가 오른다고 봤다.");
		long review = jdbc.sql("select id from mention_reviews where article_id = ?").params(id).query(Long.class).single();

		Document desk = Jsoup.parse(mvc.perform(get("/newsroom/desk").with(as("desk", "EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(desk.select("#mention-reviews h2").text()).isEqualTo("동명이인 확인 필요");
		assertThat(desk.select("#mention-reviews option")).extracting(o -> o.text())
			.containsExactly("김민수 (한울전자 부사장)", "김민수 (누리증권 연구원)", "아무도 아님");
		assertThat(Jsoup.parse(mvc.perform(get("/newsroom/articles/" + id + "/edit").with(as("desk", "EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString()).select("#mention-reviews strong").text()).isEqualTo("김민수");

		mvc.perform(post("/newsroom/desk/mention-reviews/" + review).param("person", String.valueOf(kimNuri.id()))
			.with(as("desk", "EDITOR"))).andExpect(redirectedUrl("/newsroom/desk#mention-reviews"));

		assertThat(linkedPeople(id)).containsExactly("/people/" + kimNuri.id());
		assertThat(Jsoup.parse(mvc.perform(get("/newsroom/desk").with(as("desk", "EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString()).select("#mention-reviews").text()).contains("확인할 동명이인이 없습니다.");

		relink.relinkAllNow();
		assertThat(linkedPeople(id)).containsExactly("/people/" + kimNuri.id());
		assertThat(jdbc.sql("select count(*) from mention_reviews where article_id = ?").params(id).query(Long.class).single())
			.isEqualTo(1);
		assertThat(mentions(id)).containsExactly("BODY:김민수");
	}

	@Test
	void aReviewCanOnlyBeSettledWithOneOfItsCandidates() throws Exception {
		long id = publish("증시 전망", "[씨저널] 김민수 씨는 증시가 오른다고 봤다.");
		long review = jdbc.sql("select id from mention_reviews where article_id = ?").params(id).query(Long.class).single();

		mvc.perform(post("/newsroom/desk/mention-reviews/" + review).param("person", String.valueOf(chung.id()))
			.with(as("desk", "EDITOR"))).andExpect(flash().attribute("alert", "이미 처리됐거나 없는 확인 요청입니다."));
		mvc.perform(post("/newsroom/desk/mention-reviews/" + review).param("person", "누구")
			.with(as("desk", "EDITOR"))).andExpect(flash().attribute("alert", "누구를 가리키는지 골라 주세요."));
		mvc.perform(post("/newsroom/desk/mention-reviews/" + review).param("person", "none")
			.with(as("hana", "REPORTER"))).andExpect(status().isForbidden());
		mvc.perform(post("/newsroom/desk/mention-reviews/" + review).param("person", "none")
			.with(as("desk", "EDITOR"))).andExpect(flash().attribute("notice", "동명이인을 정했습니다. 기사의 링크를 다시 걸었습니다."));

		assertThat(linkedPeople(id)).isEmpty();
		assertThat(mentions(id)).isEmpty();
	}

	@Test
	void relinkingTheArchiveLinksNamesAddedToTheDirectoryLater() throws Exception {
		long id = publish("모아로보틱스 상장", "[씨저널] 모아로보틱스 윤하람 대표는 상장을 준비한다.");
		assertThat(linkedPeople(id)).isEmpty();

		Person yoon = directory.addPerson("윤하람", null, null, null, null);
		mvc.perform(post("/newsroom/admin/relink").with(as("admin", "ADMIN")))
			.andExpect(redirectedUrl("/newsroom/admin/relink"));
		JsonNode progress = progress();
		for (int i = 0; i < 300 && progress.get("running").asBoolean(); i++) {
			Thread.sleep(100);
			progress = progress();
		}

		assertThat(progress.get("running").asBoolean()).isFalse();
		assertThat(progress.get("done").asInt()).isEqualTo(progress.get("total").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(progress.get("errors").asInt()).isZero();
		assertThat(linkedPeople(id)).containsExactly("/people/" + yoon.id());
		assertThat(mentions(id)).containsExactly("BODY:윤하람");
		String page = mvc.perform(get("/newsroom/admin/relink").with(as("admin", "ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#job-progress").text()).contains("완료", "오류 0건");
		assertThat(Jsoup.parse(page).select("script[src=/js/job-progress.js]")).hasSize(1);
	}

	@Test
	void onlyAdminsRelinkTheArchive() throws Exception {
		mvc.perform(post("/newsroom/admin/relink").with(as("desk", "EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(get("/newsroom/admin/relink/progress").with(as("desk", "EDITOR"))).andExpect(status().isForbidden());
	}

	private JsonNode progress() throws Exception {
		return json.readTree(mvc.perform(get("/newsroom/admin/relink/progress").with(as("admin", "ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private List<String> linkedPeople(long id) {
		return Jsoup.parseBodyFragment(articles.findPublished(id).orElseThrow().bodyHtml())
			.select("a.human_link")
			.eachAttr("href");
	}

	private long publish(String headline, String markdown) {
		long id = desk.createDraft(HANA, new Draft(fixture.general(), headline, null, markdown, List.of(), List.of()));
		desk.publishNow(EDITOR, id);
		return id;
	}

	private List<String> mentions(long id) {
		return jdbc.sql("select field, surface from mentions where article_id = ? order by field, start_offset")
			.params(id)
			.query((rs, n) -> rs.getString("field") + ":" + rs.getString("surface"))
			.list();
	}

	private long hanulGroupId() {
		return jdbc.sql("select id from organizations where name = '한울그룹'").query(Long.class).single();
	}
}
