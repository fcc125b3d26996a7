package kr.cjournal.people.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.cjournal.people.Directory;
import kr.cjournal.people.Organization;
import kr.cjournal.people.OrganizationKind;
import kr.cjournal.people.StockMarket;
import kr.cjournal.support.DemoPaperTest;
import kr.cjournal.support.Mentioned;
import kr.cjournal.support.Staff;
import kr.cjournal.support.XssPayloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Where a company's shares are listed: typed on the company editor, shown on the company page. */
@DemoPaperTest
class CompanyListingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Test
	void aListedDemoCompanyShowsItsMarketAndCodeOnItsPage() throws Exception {
		long hanul = Mentioned.organizationNamed(jdbc, "한울전자");
		long group = Mentioned.organizationNamed(jdbc, "한울그룹");

		Document page = page("/company/" + hanul);
		assertThat(page.select(".profile-meta .listing").text()).isEqualTo("코스피 990010");
		assertThat(page.select("script[type=application/ld+json]").first().data())
			.contains("\"tickerSymbol\":\"XKRX 990010\"");
		assertThat(page("/company/" + group).select(".listing")).isEmpty();
		assertThat(directory.organization(Mentioned.organizationNamed(jdbc, "코어AI")).orElseThrow().listing())
			.isEqualTo(new Organization.Listing("995310", StockMarket.KOSDAQ));
	}

	@Test
	void aDeskEditorListsACompanyTheCodeIsTidiedAndEmptyFieldsDelistIt() throws Exception {
		long id = newCompany("누리바이오텍");

		mvc.perform(update(id, "KOSDAQ", " 99a123 ")).andExpect(status().is3xxRedirection());
		assertThat(directory.organization(id).orElseThrow().listing())
			.isEqualTo(new Organization.Listing("99A123", StockMarket.KOSDAQ));
		assertThat(page("/company/" + id).select(".listing").text()).isEqualTo("코스닥 99A123");
		Document editor = Jsoup.parse(mvc.perform(get("/newsroom/companies/" + id).with(Staff.as("desk", "EDITOR")))
			.andReturn().getResponse().getContentAsString());
		assertThat(editor.select("#stockMarket option[selected]").text()).isEqualTo("코스닥");
		assertThat(editor.select("#stockCode").val()).isEqualTo("99A123");

		mvc.perform(update(id, "NASDAQ", "nrbt")).andExpect(status().is3xxRedirection());
		assertThat(directory.organization(id).orElseThrow().listing())
			.isEqualTo(new Organization.Listing("NRBT", StockMarket.NASDAQ));

		mvc.perform(update(id, "", "")).andExpect(status().is3xxRedirection());
		assertThat(directory.organization(id).orElseThrow().listing()).isNull();
		assertThat(page("/company/" + id).select(".listing")).isEmpty();
	}

	@Test
	void aCompanyIsAddedListedAtOnceAndAWrongCodeAddsNothing() throws Exception {
		long id = PeopleEditorIntegrationTests.idOf(mvc.perform(post("/newsroom/companies")
				.with(Staff.as("reporter", "REPORTER"))
				.param("name", "한결에너지").param("kind", "COMPANY").param("stockMarket", "KONEX").param("stockCode", "990901"))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		assertThat(page("/company/" + id).select(".listing").text()).isEqualTo("코넥스 990901");

		MvcResult wrong = mvc.perform(post("/newsroom/companies").with(Staff.as("reporter", "REPORTER"))
				.param("name", "한결소재").param("kind", "COMPANY").param("stockMarket", "KOSPI").param("stockCode", "99091"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(Jsoup.parse(wrong.getResponse().getContentAsString()).select("#stockCode ~ .field-error").text())
			.isEqualTo("코스피 종목 코드는 숫자 6자리(또는 숫자·영문 대문자 6자리)로 입력해 주세요.");
		assertThat(jdbc.sql("select count(*) from organizations where name = '한결소재'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aWrongListingComesBackWithAKoreanMessageOnItsFieldAndNothingSaved() throws Exception {
		long id = newCompany("새빛바이오");
		record Wrong(String market, String code, String field, String message) {
		}
		List<Wrong> wrongs = List.of(new Wrong("KOSPI", "12345", "stockCode", "코스피 종목 코드는 숫자 6자리"),
				new Wrong("KOSPI", "1234567", "stockCode", "코스피 종목 코드는 숫자 6자리"),
				new Wrong("KONEX", "99-123", "stockCode", "코넥스 종목 코드는 숫자 6자리"),
				new Wrong("KOSDAQ", "", "stockCode", "코스닥 종목 코드를 입력해 주세요."),
				new Wrong("", "990001", "stockMarket", "종목 코드를 입력했다면 상장 시장도 골라 주세요."),
				new Wrong("LSE", "990001", "stockMarket", "상장 시장을 목록에서 골라 주세요."),
				new Wrong("kospi", "990001", "stockMarket", "상장 시장을 목록에서 골라 주세요."),
				new Wrong("NYSE", "BRK B", "stockCode", "뉴욕증권거래소 종목 코드는 영문 대문자·숫자 12자 이내"));
		for (Wrong wrong : wrongs) {
			MvcResult result = mvc.perform(update(id, wrong.market(), wrong.code()).param("englishName", "Saebit Bio"))
				.andExpect(status().isBadRequest())
				.andReturn();
			Document form = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(form.select("#" + wrong.field() + " ~ .field-error").text()).as(wrong.toString())
				.startsWith(wrong.message());
			assertThat(form.select("#stockCode").val()).isEqualTo(wrong.code());
			assertThat(form.select("#englishName").val()).isEqualTo("Saebit Bio");
		}
		assertThat(directory.organization(id).orElseThrow().listing()).isNull();
		assertThat(directory.organization(id).orElseThrow().englishName()).isNull();
	}

	@Test
	void hostileTextInTheListingFieldsIsRefusedPolitelyAndShownOnlyAsText() throws Exception {
		long id = newCompany("모아바이오");
		Map<String, String> hostile = new LinkedHashMap<>();
		hostile.put("100k digits", "9".repeat(100_000));
		hostile.put("100k letters", "가".repeat(100_000));
		hostile.put("html", "<b>990010</b>");
		hostile.put("script", "<script>alert(1)</script>");
		hostile.put("emoji", "📈📈📈");
		hostile.put("emoji six", "99001😀");
		hostile.put("nul", "99\u000001");
		hostile.put("control", "990\u0007010");
		hostile.put("bidi", "\u202e990010");
		hostile.put("zero width", "990\u200b010");
		hostile.put("fullwidth digits", "９９００１０");
		List<String> payloads = new ArrayList<>(XssPayloads.upTo(60));
		for (int i = 0; i < 40 && i < payloads.size(); i++) {
			hostile.put("xss " + i, payloads.get(i));
		}
		for (Map.Entry<String, String> text : hostile.entrySet()) {
			for (String field : List.of("stockCode", "stockMarket")) {
				String market = field.equals("stockMarket") ? text.getValue() : "KOSPI";
				String code = field.equals("stockCode") ? text.getValue() : "990001";
				MvcResult result = mvc.perform(update(id, market, code))
					.andExpect(status().isBadRequest())
					.andReturn();
				String html = result.getResponse().getContentAsString();
				Document form = Jsoup.parse(html);
				assertThat(form.select("#" + field + " ~ .field-error").text()).as(text.getKey() + " in " + field)
					.isNotBlank()
					.doesNotContain(text.getValue());
				assertThat(form.select("script:not([src])").stream().map(s -> s.data()))
					.as(text.getKey()).noneMatch(data -> data.contains("alert"));
				assertThat(form.select("b:contains(990010)")).as(text.getKey()).isEmpty();
			}
		}
		assertThat(directory.organization(id).orElseThrow().listing()).isNull();
		assertThat(page("/company/" + id).select(".listing")).isEmpty();
	}

	@Test
	void aMergedDuplicateHandsItsListingToTheSurvivor() throws Exception {
		Organization survivor = directory.addOrganization("청람바이오", OrganizationKind.COMPANY, null, null, null);
		Organization duplicate = directory.addOrganization("청람 바이오", OrganizationKind.COMPANY, null, null, null);
		directory.setListing(duplicate.id(), new Organization.Listing("990777", StockMarket.KOSPI));

		mvc.perform(post("/newsroom/companies/" + duplicate.id() + "/merge").with(Staff.as("desk", "EDITOR"))
				.param("intoId", String.valueOf(survivor.id())))
			.andExpect(status().is3xxRedirection());

		assertThat(directory.organization(survivor.id()).orElseThrow().listing())
			.isEqualTo(new Organization.Listing("990777", StockMarket.KOSPI));
	}

	private long newCompany(String name) throws Exception {
		return PeopleEditorIntegrationTests.idOf(mvc.perform(post("/newsroom/companies").with(Staff.as("desk", "EDITOR"))
				.param("name", name).param("kind", "COMPANY"))
			.andExpect(status().is3xxRedirection())
			.andReturn());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder update(long id,
			String market, String code) {
		return post("/newsroom/companies/" + id).with(Staff.as("desk", "EDITOR"))
			.param("name", placeholderName(id))
			.param("kind", "COMPANY")
			.param("stockMarket", market)
			.param("stockCode", code);
	}

	private static String placeholderName(long id) {
		return "기업" + id;
	}

	private Document page(String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}
