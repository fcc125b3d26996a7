package kr.cjournal.exchange;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.cjournal.newsroom.Article;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.support.DemoPaperTest;
import kr.cjournal.support.QueryCounting;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo paper as ninjs: one article from the API, and the whole paper exported. */
@DemoPaperTest
class NinjsDemoIntegrationTests {

	private static final String BASE = DemoPaperTest.BASE_URL;

	@Autowired
	MockMvc mvc;

	@Autowired
	Articles articles;

	@Autowired
	ArchiveExport export;

	@Autowired
	JsonMapper json;

	@Autowired
	List<Command> commands;

	@TempDir
	Path folder;

	@Test
	void everyPublishedArticleIsExportedOnceInIdOrderAsValidNinjs() throws Exception {
		Path file = folder.resolve("archive.jsonl");
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		int status = export.run(List.of(file.toString()), System.out, new PrintStream(progress, true, StandardCharsets.UTF_8));

		assertThat(status).isZero();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<Long> ids = new ArrayList<>();
		for (String line : lines) {
			assertThat(NinjsSchema.problems(line)).as(line.substring(0, Math.min(120, line.length()))).isEmpty();
			JsonNode doc = json.readTree(line);
			String uri = doc.get("uri").asString();
			assertThat(uri).startsWith(BASE + "/article/");
			ids.add(Long.parseLong(uri.substring((BASE + "/article/").length())));
		}
		List<Long> published = articles.latest(100_000).stream().map(ArticleSummary::id).sorted().toList();
		assertThat(ids).isEqualTo(published).doesNotHaveDuplicates().isSorted();
		assertThat(progress.toString(StandardCharsets.UTF_8)).contains("내보내기 완료: 기사 " + published.size() + "건");
		assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactly("archive.jsonl");
	}

	@Test
	void anArticleWithPhotosAndPeopleCarriesThemWithAbsoluteLinks() throws Exception {
		ArticleSummary withPhoto = articles.latest(100_000).stream()
			.filter(a -> a.thumbnail() != null)
			.findFirst()
			.orElseThrow();
		Article article = articles.findPublished(withPhoto.id()).orElseThrow();

		MvcResult result = mvc.perform(get("/api/v1/articles/" + article.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/json"))
			.andExpect(jsonPath("$.uri").value(BASE + "/article/" + article.id()))
			.andExpect(jsonPath("$.type").value("text"))
			.andExpect(jsonPath("$.pubstatus").value("usable"))
			.andExpect(jsonPath("$.language").value("ko"))
			.andExpect(jsonPath("$.headlines[0].role").value("main"))
			.andExpect(jsonPath("$.headlines[0].value").value(article.headline()))
			.andExpect(jsonPath("$.bodies[0].contenttype").value("text/html"))
			.andExpect(jsonPath("$.bodies[0].value").value(article.bodyHtml()))
			.andExpect(jsonPath("$.by").value(article.bylines().get(0).name() + " 기자"))
			.andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(NinjsSchema.problems(body)).isEmpty();
		JsonNode doc = json.readTree(body);

		assertThat(names(doc.get("subjects"))).contains(article.section().name());
		JsonNode photos = doc.get("associations");
		assertThat(photos.size()).isEqualTo(article.photos().size());
		JsonNode first = photos.get(0);
		assertThat(first.get("type").asString()).isEqualTo("picture");
		assertThat(first.get("descriptions").get(0).get("value").asString()).isEqualTo(article.photos().get(0).caption());
		JsonNode largest = first.get("renditions").get(first.get("renditions").size() - 1);
		assertThat(largest.get("href").asString()).isEqualTo(BASE + article.photos().get(0).url());
		assertThat(largest.get("width").asInt()).isEqualTo(article.photos().get(0).width());
		assertThat(largest.get("height").asInt()).isEqualTo(article.photos().get(0).height());
		assertThat(largest.get("contenttype").asString()).startsWith("image/");
		for (JsonNode rendition : first.get("renditions")) {
			mvc.perform(get(rendition.get("href").asString().substring(BASE.length()))).andExpect(status().isOk());
		}
	}

	@Test
	void peopleAndCompaniesNamedInTheDemoTravelWithTheirPages() throws Exception {
		List<JsonNode> docs = new ArrayList<>();
		for (ArticleSummary summary : articles.latest(100_000)) {
			String body = mvc.perform(get("/api/v1/articles/" + summary.id())).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(NinjsSchema.problems(body)).isEmpty();
			docs.add(json.readTree(body));
		}
		JsonNode named = docs.stream().filter(d -> d.has("people") && d.has("organisations")).findFirst().orElseThrow();
		for (JsonNode person : named.get("people")) {
			String uri = person.get("uri").asString();
			assertThat(uri).matches(BASE + "/people/\\d+");
			String page = mvc.perform(get(uri.substring(BASE.length()))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains(person.get("name").asString());
		}
		for (JsonNode company : named.get("organisations")) {
			assertThat(company.get("uri").asString()).matches(BASE + "/company/\\d+");
		}
		// Each is named once per story, as the body links it.
		assertThat(names(named.get("people"))).doesNotHaveDuplicates();
		String bodyHtml = named.get("bodies").get(0).get("value").asString();
		for (JsonNode person : named.get("people")) {
			assertThat(bodyHtml).contains(person.get("uri").asString().substring(BASE.length()));
		}
	}

	@Test
	void aListedCompanyCarriesItsTickerOnItsMarketAndAnUnlistedOneNone() throws Exception {
		List<JsonNode> organisations = new ArrayList<>();
		for (ArticleSummary summary : articles.latest(100_000)) {
			String body = mvc.perform(get("/api/v1/articles/" + summary.id())).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			JsonNode doc = json.readTree(body);
			if (doc.has("organisations")) {
				assertThat(NinjsSchema.problems(body)).isEmpty();
				doc.get("organisations").forEach(organisations::add);
			}
		}
		JsonNode listed = organisations.stream()
			.filter(o -> o.get("name").asString().equals("한울전자"))
			.findFirst()
			.orElseThrow();
		assertThat(listed.get("symbols").size()).isEqualTo(1);
		assertThat(listed.get("symbols").get(0).get("ticker").asString()).isEqualTo("990010");
		assertThat(listed.get("symbols").get(0).get("exchange").asString()).isEqualTo("XKRX");
		assertThat(organisations.stream().filter(o -> o.has("symbols")).map(o -> o.get("symbols").get(0)))
			.allSatisfy(symbol -> assertThat(symbol.get("exchange").asString()).isIn("XKRX", "XKOS"))
			.anySatisfy(symbol -> assertThat(symbol.get("exchange").asString()).isEqualTo("XKOS"));
		assertThat(organisations.stream().filter(o -> o.get("name").asString().equals("한울그룹")))
			.isNotEmpty()
			.allSatisfy(group -> assertThat(group.has("symbols")).isFalse());
	}

	@Test
	void theBodyAlsoComesAsPlainTextWithTheSameWordsAndNoMarkup() throws Exception {
		for (ArticleSummary summary : articles.latest(100_000)) {
			String body = mvc.perform(get("/api/v1/articles/" + summary.id())).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			JsonNode bodies = json.readTree(body).get("bodies");
			assertThat(bodies.size()).isEqualTo(2);
			String html = bodies.get(0).get("value").asString();
			JsonNode plain = bodies.get(1);
			assertThat(plain.get("contenttype").asString()).isEqualTo("text/plain");
			String text = plain.get("value").asString();
			org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parseBodyFragment(html);
			parsed.select("figure").remove();
			List<String> paragraphs = parsed.select("p").eachText().stream().filter(p -> !p.isBlank()).toList();
			assertThat(paragraphs).isNotEmpty();
			assertThat(text.split("\n\n")).as("story " + summary.id()).containsSubsequence(paragraphs);
			assertThat(text).doesNotContain("<p>", "</a>", "&amp;", "&lt;", "\n\n\n").doesNotStartWith("\n");
		}
	}

	@Test
	void theArticleCarriesCacheHeadersAndAnswersAConditionalRequestWith304() throws Exception {
		long id = articles.latest(1).get(0).id();
		MvcResult first = mvc.perform(get("/api/v1/articles/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=60, public"))
			.andExpect(header().exists("ETag"))
			.andExpect(header().exists("Last-Modified"))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(header().doesNotExist("Pragma"))
			.andReturn();
		String etag = first.getResponse().getHeader("ETag");
		String lastModified = first.getResponse().getHeader("Last-Modified");

		mvc.perform(get("/api/v1/articles/" + id).header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", etag));
		mvc.perform(get("/api/v1/articles/" + id).header("If-Modified-Since", lastModified))
			.andExpect(status().isNotModified());
	}

	@Test
	void anUnknownArticleIsA404WithAJsonErrorAndANonNumberA400() throws Exception {
		mvc.perform(get("/api/v1/articles/987654321"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", "application/json"))
			.andExpect(jsonPath("$.error").value("게시된 기사 중에 그런 번호가 없습니다."))
			.andExpect(jsonPath("$.field").value("id"));
		mvc.perform(get("/api/v1/articles/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
	}

	@Test
	void oneArticleCostsTheSameFewQueriesWhateverItCarries() throws Exception {
		List<Integer> counts = new ArrayList<>();
		for (ArticleSummary summary : articles.latest(100_000)) {
			QueryCounting.reset();
			mvc.perform(get("/api/v1/articles/" + summary.id())).andExpect(status().isOk());
			counts.add(QueryCounting.count());
		}
		assertThat(counts).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(6));
	}

	@Test
	void everyCommandNameIsKnownBeforeSpringStartsAndHasItsBean() {
		assertThat(commands.stream().map(Command::name)).containsExactlyInAnyOrderElementsOf(CommandLine.NAMES);
		assertThat(CommandLine.isCommand(new String[] { "export", "-" })).isTrue();
		assertThat(CommandLine.isCommand(new String[] { "--server.port=9000" })).isFalse();
		assertThat(CommandLine.isCommand(new String[0])).isFalse();
	}

	private static List<String> names(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("name").asString()).toList();
	}
}
