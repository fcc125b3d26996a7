package kr.cjournal.people.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.people.NameSuggestions;
import kr.cjournal.support.DemoPaperTest;
import kr.cjournal.support.Mentioned;
import kr.cjournal.support.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Merging duplicates: everything moves to the survivor, the old address answers 301. */
@DemoPaperTest
class DirectoryMergeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NameSuggestions suggestions;

	@BeforeEach
	@AfterEach
	void forget() {
		jdbc.sql("delete from mentions").update();
		jdbc.sql("delete from mention_reviews").update();
	}

	@Test
	void mergingAPersonMovesTitlesAliasesMentionsAndReviewsAndRedirectsTheOldPage() throws Exception {
		long survivor = Mentioned.personNamed(jdbc, "정태오");
		long duplicate = create("/newsroom/people", "name", "정태호", "hanja", "", "birthYear", "");
		long semi = Mentioned.organizationNamed(jdbc, "한울반도체");
		submit("/newsroom/people/" + duplicate + "/positions", "organizationId", String.valueOf(semi), "title", "이사");
		submit("/newsroom/people/" + duplicate + "/aliases", "alias", "정 의장");
		List<Long> articles = jdbc.sql("select id from articles where status = 'PUBLISHED' order by id limit 2")
			.query(Long.class)
			.list();
		Mentioned.person(jdbc, articles.get(0), duplicate);
		Mentioned.person(jdbc, articles.get(1), survivor);
		jdbc.sql("insert into mention_reviews (article_id, surface, candidate_ids) values (?, '정태호', ?)")
			.params(articles.get(0), duplicate + ",77")
			.update();

		Document confirm = page("/newsroom/people/" + duplicate + "/merge?intoId=" + survivor);
		assertThat(confirm.select(".alert").text()).contains("정태호", "정태오", "되돌릴 수 없습니다");
		assertThat(confirm.select(".merge-moves li")).extractingResultOf("text")
			.containsExactly("직함 1개", "다른 표기 1개", "언급된 기사 1건");
		assertThat(count("select count(*) from people where id = ?", duplicate)).as("nothing happens before the confirmation")
			.isEqualTo(1);

		mvc.perform(post("/newsroom/people/" + duplicate + "/merge").with(Staff.as("desk", "EDITOR"))
				.param("intoId", String.valueOf(survivor)))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/newsroom/people/" + survivor));

		assertThat(count("select count(*) from people where id = ?", duplicate)).isZero();
		assertThat(count("select count(*) from positions where person_id = ? and title = '이사'", survivor)).isEqualTo(1);
		assertThat(jdbc.sql("select alias from person_aliases where person_id = ?").params(survivor).query(String.class).list())
			.contains("정태호", "정 의장");
		assertThat(count("select count(*) from mentions where person_id = ?", survivor)).isEqualTo(2);
		assertThat(jdbc.sql("select candidate_ids from mention_reviews").query(String.class).single())
			.isEqualTo(survivor + ",77");
		mvc.perform(get("/people/" + duplicate))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/people/" + survivor));
		assertThat(page("/people/" + survivor).select("#stories-title").text()).isEqualTo("관련 기사 2건");
		assertThat(suggestions.suggest("정태호")).extracting(NameSuggestions.Suggestion::id).containsExactly(survivor);
		mvc.perform(get("/newsroom/people/" + duplicate).with(Staff.as("desk", "EDITOR"))).andExpect(status().isNotFound());
	}

	@Test
	void mergingTwiceKeepsTheFirstAddressPointingAtTheLastSurvivor() throws Exception {
		long first = create("/newsroom/people", "name", "임하나");
		long second = create("/newsroom/people", "name", "임하나2");
		long third = create("/newsroom/people", "name", "임하나3");

		submit("/newsroom/people/" + first + "/merge", "intoId", String.valueOf(second));
		submit("/newsroom/people/" + second + "/merge", "intoId", String.valueOf(third));

		mvc.perform(get("/people/" + first)).andExpect(header().string("Location", "/people/" + third));
		assertThat(jdbc.sql("select alias from person_aliases where person_id = ?").params(third).query(String.class).list())
			.contains("임하나", "임하나2");
	}

	@Test
	void aTitleBothRecordsHoldIsKeptOnceAfterTheMerge() throws Exception {
		long group = Mentioned.organizationNamed(jdbc, "한울그룹");
		long semi = Mentioned.organizationNamed(jdbc, "한울반도체");
		long survivor = create("/newsroom/people", "name", "도하진");
		long duplicate = create("/newsroom/people", "name", "도하진");
		for (long person : List.of(survivor, duplicate)) {
			submit("/newsroom/people/" + person + "/positions", "organizationId", String.valueOf(group), "title", "부회장");
		}
		submit("/newsroom/people/" + duplicate + "/positions", "organizationId", String.valueOf(semi), "title", "이사");

		submit("/newsroom/people/" + duplicate + "/merge", "intoId", String.valueOf(survivor));

		assertThat(jdbc.sql("""
				select o.name || ' ' || p.title from positions p join organizations o on o.id = p.organization_id
				where p.person_id = ? order by p.id""").params(survivor).query(String.class).list())
			.containsExactly("한울그룹 부회장", "한울반도체 이사");
	}

	@Test
	void aMergeIntoItselfOrNobodyIsRefusedWithTheFieldNamed() throws Exception {
		long id = create("/newsroom/people", "name", "최도현");

		String self = mvc.perform(post("/newsroom/people/" + id + "/merge").with(Staff.as("desk", "EDITOR"))
				.param("intoId", String.valueOf(id)))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(self).select("#into ~ .field-error").text()).contains("같은 인물끼리는 합칠 수 없습니다");
		mvc.perform(get("/newsroom/people/" + id + "/merge").with(Staff.as("desk", "EDITOR")).param("intoName", "없는사람")
				.param("intoId", ""))
			.andExpect(status().isBadRequest());
		assertThat(count("select count(*) from people where id = ?", id)).isEqualTo(1);
	}

	@Test
	void mergingAnOrganizationMovesPeopleSubsidiariesAndMentionsAndRedirects() throws Exception {
		long group = Mentioned.organizationNamed(jdbc, "한울그룹");
		long duplicate = create("/newsroom/companies", "name", "한울 그룹", "kind", "GROUP", "parentId", "",
				"englishName", "Hanul Group Holdings");
		long child = create("/newsroom/companies", "name", "한울바이오", "kind", "COMPANY", "parentId",
				String.valueOf(duplicate), "parentName", "한울 그룹");
		long person = create("/newsroom/people", "name", "서지안");
		submit("/newsroom/people/" + person + "/positions", "organizationId", String.valueOf(duplicate), "title", "부사장");
		long article = jdbc.sql("select min(id) from articles where status = 'PUBLISHED'").query(Long.class).single();
		Mentioned.organization(jdbc, article, duplicate);

		submit("/newsroom/companies/" + duplicate + "/merge", "intoId", String.valueOf(group));

		mvc.perform(get("/company/" + duplicate))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/company/" + group));
		Document page = page("/company/" + group);
		assertThat(page.select("#subsidiaries-title + ul a").eachText()).contains("한울바이오");
		assertThat(page.select("#people-title + ul li").eachText()).contains("서지안 부사장");
		assertThat(page.select("#stories-title").text()).isEqualTo("관련 기사 1건");
		assertThat(count("select count(*) from organizations where id = ? and parent_id = ?", child, group)).isEqualTo(1);
		assertThat(jdbc.sql("select alias from organization_aliases where organization_id = ?").params(group)
			.query(String.class).list()).contains("한울 그룹");
	}

	@Test
	void anOrganizationCannotSitBelowItselfAndBadFieldsAreNamed() throws Exception {
		long group = create("/newsroom/companies", "name", "누리홀딩스", "kind", "GROUP");
		long child = create("/newsroom/companies", "name", "누리캐피탈", "kind", "COMPANY", "parentId",
				String.valueOf(group));

		String loop = mvc.perform(post("/newsroom/companies/" + group).with(Staff.as("desk", "EDITOR"))
				.param("name", "누리홀딩스").param("kind", "GROUP").param("parentId", String.valueOf(child))
				.param("parentName", "누리캐피탈").param("description", "지주회사"))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		Document form = Jsoup.parse(loop);
		assertThat(form.select("#parent ~ .field-error").text()).isEqualTo("자기 자신이나 그 아래 기관을 상위 기관으로 정할 수 없습니다.");
		assertThat(form.select("#description").text()).isEqualTo("지주회사");

		String bad = mvc.perform(post("/newsroom/companies").with(Staff.as("reporter", "REPORTER")).param("name", "")
				.param("kind", "BANK").param("parentName", "한울").param("parentId", ""))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		Document created = Jsoup.parse(bad);
		assertThat(created.select("#name ~ .field-error").text()).contains("이름");
		assertThat(created.select("#kind ~ .field-error").text()).contains("종류");
		assertThat(created.select("#parent ~ .field-error").text()).contains("상위 기관");
		assertThat(created.select("#parent").val()).isEqualTo("한울");
	}

	long create(String url, String... fields) throws Exception {
		String location = submit(url, fields);
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	String submit(String url, String... fields) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
			.with(Staff.as("desk", "EDITOR"));
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(Staff.as("desk", "EDITOR"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}
}
