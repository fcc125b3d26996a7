package kr.cjournal.people.web;

import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.cjournal.support.DemoPaperTest;
import kr.cjournal.support.Mentioned;
import kr.cjournal.support.MovableClock;
import kr.cjournal.support.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory's staff pages for people: what a reporter and a desk editor can do, and what they see. */
@DemoPaperTest
class PeopleEditorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	kr.cjournal.media.Images images;

	@BeforeEach
	@AfterEach
	void forget() {
		jdbc.sql("delete from mentions").update();
		jdbc.sql("delete from mention_reviews").update();
		clock.reset();
	}

	@Test
	void staffFindPeopleByInitialConsonantsAndSeeWhoWasInTheNewsThisWeek() throws Exception {
		long jung = Mentioned.personNamed(jdbc, "정태오");
		long hanul = Mentioned.organizationNamed(jdbc, "한울그룹");
		List<Long> recent = jdbc.sql("select id from articles where status = 'PUBLISHED' order by id desc limit 3")
			.query(Long.class)
			.list();
		for (long article : recent) {
			Mentioned.person(jdbc, article, jung);
			Mentioned.publishedAt(jdbc, article, clock.instant().minus(Duration.ofHours(5)).atOffset(java.time.ZoneOffset.UTC));
		}
		Mentioned.organization(jdbc, recent.get(0), hanul);

		Document found = page("/newsroom/people?q=ㅈㅌㅇ", "reporter", "REPORTER");

		assertThat(found.select(".directory-results td a")).extracting(Element::text).contains("정태오");
		assertThat(found.select(".top-people li").first().text()).isEqualTo("정태오 3건");
		assertThat(found.select(".top-organizations li").first().text()).isEqualTo("한울그룹 1건");
		assertThat(found.select(".staff-nav a")).extracting(Element::text).contains("인물·기업");
	}

	@Test
	void companiesAreFoundByPrefixAndListedNewestFirstWithoutASearch() throws Exception {
		Document found = page("/newsroom/companies?q=한울반", "reporter", "REPORTER");
		Document all = page("/newsroom/companies", "reporter", "REPORTER");

		assertThat(found.select(".directory-results td a")).extracting(Element::text).containsExactly("한울반도체", "보기");
		assertThat(all.select(".directory-results tbody tr")).hasSizeGreaterThanOrEqualTo(20);
		assertThat(all.select(".directory-tabs a.active").text()).isEqualTo("기업·기관");
		assertThat(page("/newsroom/companies?q=없는회사", "reporter", "REPORTER").select(".empty").text())
			.contains("'없는회사'에 맞는 항목이 없습니다.");
	}

	@Test
	void aReporterAddsAPersonAndWrongFieldsComeBackNamedWithNothingLost() throws Exception {
		MvcResult wrong = mvc.perform(post("/newsroom/people").with(Staff.as("reporter", "REPORTER"))
				.param("name", " ").param("hanja", "李在鎔").param("birthYear", "19x8").param("profile", "반도체 전문가"))
			.andExpect(status().isBadRequest())
			.andReturn();
		Document form = Jsoup.parse(wrong.getResponse().getContentAsString());

		assertThat(form.select("#name ~ .field-error").text()).isEqualTo("이름을(를) 입력해 주세요.");
		assertThat(form.select("#birthYear ~ .field-error").text()).contains("출생 연도");
		assertThat(form.select("#hanja").val()).isEqualTo("李在鎔");
		assertThat(form.select("#profile").text()).isEqualTo("반도체 전문가");

		MvcResult created = mvc.perform(post("/newsroom/people").with(Staff.as("reporter", "REPORTER"))
				.param("name", "한도윤").param("hanja", "").param("englishName", "Han Do-yoon").param("birthYear", "1975"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/newsroom/people/*"))
			.andReturn();
		long id = idOf(created);

		Document person = Jsoup.parse(mvc.perform(get("/people/" + id)).andReturn().getResponse().getContentAsString());
		assertThat(person.select("h1").text()).isEqualTo("한도윤");
		assertThat(person.select(".profile-meta").text()).contains("Han Do-yoon", "1975년생");
	}

	@Test
	void onlyDeskEditorsChangeAPersonAndFormsNeedTheirToken() throws Exception {
		long moon = Mentioned.personNamed(jdbc, "문지석");

		mvc.perform(post("/newsroom/people/" + moon).with(Staff.as("reporter", "REPORTER")).param("name", "문지석2"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/newsroom/people/" + moon + "/merge").with(Staff.as("reporter", "REPORTER"))
				.param("intoId", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/newsroom/people/" + moon)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("desk").roles("EDITOR"))
				.param("name", "문지석2"))
			.andExpect(status().isForbidden());
		Document readOnly = page("/newsroom/people/" + moon, "reporter", "REPORTER");
		assertThat(readOnly.select("#name").hasAttr("readonly")).isTrue();
		assertThat(readOnly.select("form[action$=/aliases]")).isEmpty();
		assertThat(name(moon)).isEqualTo("문지석");
	}

	@Test
	void anEditorChangesAPersonAndABadYearKeepsEverythingTyped() throws Exception {
		long id = newPerson("오세훈");

		MvcResult wrong = mvc.perform(post("/newsroom/people/" + id).with(Staff.as("desk", "EDITOR"))
				.param("name", "오세현").param("englishName", "Oh Se-hyun").param("birthYear", "2999"))
			.andExpect(status().isBadRequest())
			.andReturn();
		Document form = Jsoup.parse(wrong.getResponse().getContentAsString());
		assertThat(form.select("#birthYear ~ .field-error").text()).contains("출생 연도는 1900~");
		assertThat(form.select("#name").val()).isEqualTo("오세현");
		assertThat(form.select("#englishName").val()).isEqualTo("Oh Se-hyun");
		assertThat(name(id)).isEqualTo("오세훈");

		MvcResult done = mvc.perform(post("/newsroom/people/" + id).with(Staff.as("desk", "EDITOR"))
				.param("name", "오세현").param("birthYear", "1980"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/newsroom/people/" + id))
			.andReturn();
		assertThat(name(id)).isEqualTo("오세현");
		Document saved = Jsoup.parse(mvc.perform(get("/newsroom/people/" + id).with(Staff.as("desk", "EDITOR"))
				.cookie(done.getResponse().getCookies())).andReturn().getResponse().getContentAsString());
		assertThat(saved.select(".notice").text()).isEqualTo("저장했습니다.");
	}

	@Test
	void titlesAreAddedEndedAndRemovedAndShowOnTheReaderPage() throws Exception {
		long id = newPerson("윤가람");
		long semi = Mentioned.organizationNamed(jdbc, "한울반도체");

		mvc.perform(post("/newsroom/people/" + id + "/positions").with(Staff.as("desk", "EDITOR"))
				.param("organizationName", "한울반도").param("organizationId", "").param("title", "전무"))
			.andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
				.select("#position-organization ~ .field-error").text()).isEqualTo("기관을 입력하고 목록에서 골라 주세요."));
		mvc.perform(post("/newsroom/people/" + id + "/positions").with(Staff.as("desk", "EDITOR"))
				.param("organizationId", String.valueOf(semi)).param("title", "전무").param("startedOn", "2021-03-01")
				.param("endedOn", "2020-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("종료일은 시작일보다 빠를 수 없습니다."));

		mvc.perform(post("/newsroom/people/" + id + "/positions").with(Staff.as("desk", "EDITOR"))
				.param("organizationId", String.valueOf(semi)).param("title", "전무").param("startedOn", "2021-03-01"))
			.andExpect(status().is3xxRedirection());
		long position = jdbc.sql("select id from positions where person_id = ?").params(id).query(Long.class).single();
		assertThat(page("/people/" + id, null).select(".current-position").text()).isEqualTo("한울반도체 전무");

		mvc.perform(post("/newsroom/people/" + id + "/positions/" + position + "/end").with(Staff.as("desk", "EDITOR"))
				.param("endedOn", "2025-06-30"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/people/" + id, null).select(".career li.past").text()).contains("한울반도체 전무", "2025년 6월");

		mvc.perform(post("/newsroom/people/" + id + "/positions/" + position + "/remove").with(Staff.as("desk", "EDITOR")))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/people/" + id, null).select(".career li")).isEmpty();
	}

	@Test
	void aPhotoFromTheMediaLibraryShowsOnTheReaderPageAndAnUnknownOneIsRefused() throws Exception {
		long id = newPerson("남궁 솔");
		var canvas = new java.awt.image.BufferedImage(300, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(canvas, "png", png);
		kr.cjournal.media.Image photo = images.upload(png.toByteArray(), "desk");

		mvc.perform(post("/newsroom/people/" + id).with(Staff.as("desk", "EDITOR")).param("name", "남궁 솔")
				.param("photoImageId", "987654321"))
			.andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(Jsoup.parse(result.getResponse().getContentAsString())
				.select("#photoImageId ~ .field-error").text()).contains("사진 번호 987654321에 해당하는 사진이 없습니다"));
		mvc.perform(post("/newsroom/people/" + id).with(Staff.as("desk", "EDITOR")).param("name", "남궁 솔")
				.param("photoImageId", String.valueOf(photo.id())))
			.andExpect(status().is3xxRedirection());

		Document reader = page("/people/" + id, null);
		assertThat(reader.select("img.profile-photo").attr("src")).isEqualTo(photo.url());
		assertThat(reader.select("img.profile-photo").attr("alt")).isEqualTo("남궁 솔");
		assertThat(reader.selectFirst("script[type=application/ld+json]").data()).contains("\"image\"", photo.url());
		assertThat(page("/newsroom/people/" + id, "desk", "EDITOR").select("#photoImageId").val())
			.isEqualTo(String.valueOf(photo.id()));
	}

	@Test
	void aliasesAreAddedOnceAndRemoved() throws Exception {
		long id = newPerson("장하율");

		mvc.perform(post("/newsroom/people/" + id + "/aliases").with(Staff.as("desk", "EDITOR")).param("alias", "장 회장"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/newsroom/people/" + id + "/aliases").with(Staff.as("desk", "EDITOR")).param("alias", "장 회장"))
			.andExpect(status().isBadRequest())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("이미 있습니다"));
		assertThat(page("/newsroom/people?q=장 회", "desk", "EDITOR").select(".directory-results td a"))
			.extracting(Element::text).contains("장하율");

		mvc.perform(post("/newsroom/people/" + id + "/aliases/remove").with(Staff.as("desk", "EDITOR"))
				.param("alias", "장 회장"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from person_aliases where person_id = ?").params(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void unknownPeopleAndBadAddressesGetAKoreanStaffPage() throws Exception {
		assertThat(mvc.perform(get("/newsroom/people/987654").with(Staff.as("desk", "EDITOR")))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString()).contains("인물 정보 987654번이 없습니다");
		mvc.perform(get("/newsroom/people/abc").with(Staff.as("desk", "EDITOR"))).andExpect(status().isBadRequest());
		mvc.perform(get("/newsroom/people")).andExpect(status().is3xxRedirection());
	}

	long newPerson(String name) throws Exception {
		return idOf(mvc.perform(post("/newsroom/people").with(Staff.as("desk", "EDITOR")).param("name", name))
			.andExpect(status().is3xxRedirection())
			.andReturn());
	}

	static long idOf(MvcResult created) {
		String location = created.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	String name(long id) {
		return jdbc.sql("select name from people where id = ?").params(id).query(String.class).single();
	}

	Document page(String url, String user, String... roles) throws Exception {
		var request = get(url);
		if (user != null) {
			request.with(Staff.as(user, roles));
		}
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}
