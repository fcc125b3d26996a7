package kr.cjournal.exchange.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.newsroom.ArchiveImport;
import kr.cjournal.newsroom.ArchivedStory;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.newsroom.Section;
import kr.cjournal.support.NewsroomAppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import of an archive, as the command runs it, on the shared empty paper: every test
 * imports stories under numbers of its own and counts only those.
 */
@NewsroomAppTest
class ArchiveImportIntegrationTests {

	private static final Actor DESK = new Actor("desk", Set.of(Role.EDITOR));

	@Autowired
	ArchiveImporter importer;

	@Autowired
	ArchiveImport archive;

	@Autowired
	kr.cjournal.newsroom.Desk desk;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void importingTheSameFileTwiceCreatesNothingNew() throws Exception {
		String file = TestCorpus.lines(910_001, 1_234);

		ArchiveImporter.Tally first = run(file, new ArrayList<>());
		ArchiveImporter.Tally second = run(file, new ArrayList<>());

		assertThat(first.stored()).isEqualTo(1_234);
		assertThat(first.refused()).isZero();
		assertThat(second.stored()).isZero();
		assertThat(second.existed()).isEqualTo(1_234);
		assertThat(count("select count(*) from articles where id between 910001 and 911234 and status = 'PUBLISHED'"))
			.isEqualTo(1_234);
		assertThat(count("select count(*) from article_sources where source = 'legacy' and article_id between 910001 and 911234"))
			.isEqualTo(1_234);
		assertThat(count("select count(*) from article_bylines where article_id between 910001 and 911234")).isEqualTo(1_234);
		// The people the records name are in the directory, once each, and linked where the stories name them.
		for (String person : TestCorpus.PEOPLE) {
			assertThat(count("select count(*) from people where name = '" + person + "'")).as(person).isEqualTo(1);
		}
		assertThat(count("""
				select count(distinct m.article_id) from mentions m join people p on p.id = m.person_id
				where m.article_id between 910001 and 911234 and p.name = '남궁태오'""")).isEqualTo(
				java.util.stream.LongStream.rangeClosed(910_001, 911_234).filter(n -> n % 6 == 0).count());
		Map<String, Object> story = TestCorpus.article(910_007);
		String page = mvc.perform(get("/article/910007")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains((String) story.get("title")).contains("기사 번호 910007번의 둘째 문단이다.")
			.contains("/people/");
	}

	@Test
	void brokenLinesAreReportedWithTheirLineAndFieldAndTheRestIsImported() throws Exception {
		List<String> lines = new ArrayList<>(List.of(TestCorpus.lines(920_001, 10).split("\n")));
		lines.set(1, lines.get(1).substring(0, 40));
		lines.set(2, lines.get(2).replace("\"published_at\":\"", "\"published_at\":\"어제 "));
		lines.set(3, lines.get(3).replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"" + "가".repeat(100_000) + "\""));
		lines.set(4, lines.get(4).replaceFirst("\"body_paragraphs\":\\[[^]]*]", "\"body_paragraphs\":[]"));
		lines.set(5, lines.get(5).replaceFirst("\"id\":920006", "\"id\":\"여섯\""));
		lines.set(6, lines.get(6).replaceFirst("\"title\":\"", "\"title\":\"<script>alert(1)</script>\\u0007 😀 "));
		lines.add(4, "");
		lines.add("[1, 2, 3]");
		lines.add("{\"id\": 920011, \"title\": \"" + "x".repeat(5_000_000) + "\"}");
		List<ArchiveImporter.Report> reports = new ArrayList<>();

		ArchiveImporter.Tally tally = run(String.join("\n", lines) + "\n", reports);

		assertThat(tally.stored()).isEqualTo(5);
		reports.sort(java.util.Comparator.comparingLong(ArchiveImporter.Report::line));
		assertThat(reports).extracting(r -> r.line() + " " + r.field())
			.containsExactly("2 null", "3 published_at", "4 title", "6 body_paragraphs", "7 id", "12 null", "13 null");
		assertThat(reports).allMatch(ArchiveImporter.Report::refused);
		assertThat(reports.get(2).reason()).contains("제목은 80자까지");
		assertThat(count("select count(*) from articles where id between 920001 and 920011")).isEqualTo(5);
		// Markup in a headline is text on the page, never markup.
		String page = mvc.perform(get("/article/920007")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
	}

	@Test
	void aNumberTakenHereGetsANewIdAndItsOldLinkStillFindsTheStory() throws Exception {
		run(TestCorpus.lines(930_001, 1), new ArrayList<>());
		// Another system's story 930001 comes later, in a file of the previous system's numbers too.
		String clash = TestCorpus.line(930_001).replace("\"id\":930001", "\"id\":930002");
		jdbc.sql("update article_sources set source_key = 'elsewhere-930001' where article_id = 930001").update();
		String again = TestCorpus.line(930_001);

		run(clash + "\n" + again + "\n", new ArrayList<>());

		long moved = jdbc.sql("select article_id from article_sources where source = 'legacy' and source_key = '930001'")
			.query(Long.class).single();
		assertThat(moved).isNotEqualTo(930_001L).isGreaterThan(930_002L);
		mvc.perform(get("/BP").param("command", "article_view").param("num", "930001"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/article/" + moved));
		mvc.perform(get("/BP").param("command", "article_view").param("num", "930002"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/article/930002"));
	}

	@Test
	void oldAddressesOfTheSiteMoveToTheStoryForGood() throws Exception {
		Section section = archive.section(DESK, "가져온 기사", null);
		Reporter reporter = archive.reporter("모아름", "areum.mo@import-test.example");
		Draft draft = new Draft(section.id(), "옛 주소로 찾아오는 기사", null, "옛 사이트에서 옮겨 온 본문입니다.",
				List.of(reporter.id()), List.of());
		List<ArchiveImport.Outcome> outcomes = archive.store(DESK,
				List.of(new ArchivedStory("wordpress", "https://old.example#4477", null, draft,
						OffsetDateTime.parse("2024-03-05T09:00:00+09:00"), null,
						List.of("/2024/03/05/%ec%98%9b-%ec%a3%bc%ec%86%8c/", "/?p=4477"))));
		long id = outcomes.get(0).articleId();

		mvc.perform(get("/2024/03/05/옛-주소/")).andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/article/" + id));
		mvc.perform(get(java.net.URI.create("/2024/03/05/%EC%98%9B-%EC%A3%BC%EC%86%8C"))).andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/article/" + id));
		mvc.perform(get("/").param("p", "4477")).andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/article/" + id));
		mvc.perform(get("/").param("p", "4478")).andExpect(status().isNotFound());
		mvc.perform(get("/2024/03/05/없는-주소/")).andExpect(status().isNotFound());
		// The same story again is the same story: no second article, no second address.
		List<ArchiveImport.Outcome> again = archive.store(DESK,
				List.of(new ArchivedStory("wordpress", "https://old.example#4477", null, draft,
						OffsetDateTime.parse("2024-03-05T09:00:00+09:00"), null, List.of("/?p=4477"))));
		assertThat(again.get(0).existed()).isTrue();
		assertThat(again.get(0).articleId()).isEqualTo(id);
		// The same new story twice in one batch is one story, and both answers name it.
		ArchivedStory twice = new ArchivedStory("wordpress", "https://old.example#4479", null, draft,
				OffsetDateTime.parse("2024-03-06T09:00:00+09:00"), null, List.of());
		List<ArchiveImport.Outcome> both = archive.store(DESK, List.of(twice, twice));
		assertThat(both.get(0).stored()).isTrue();
		assertThat(both.get(1).existed()).isTrue();
		assertThat(both.get(1).articleId()).isEqualTo(both.get(0).articleId());
		assertThat(count("select count(*) from article_sources where source_key = 'https://old.example#4479'")).isEqualTo(1);
	}

	@Test
	void aWordPressExportBecomesStoriesWithTheirPicturesSectionsAndOldAddresses() throws Exception {
		Path sample = Path.of(getClass().getResource("/imports/wordpress-sample.xml").toURI());
		Path uploads = Path.of(getClass().getResource("/imports/uploads").toURI());
		List<ArchiveImporter.Report> reports = new ArrayList<>();

		ArchiveImporter.Tally first;
		try (RecordReader reader = new WxrReader(sample, uploads)) {
			first = importer.run(reader, reports::add, tally -> {
			});
		}
		ArchiveImporter.Tally second;
		try (RecordReader reader = new WxrReader(sample, uploads)) {
			second = importer.run(reader, r -> {
			}, tally -> {
			});
		}

		assertThat(first.stored()).isPositive();
		assertThat(second.stored()).isZero();
		assertThat(second.existed()).isEqualTo(first.stored());
		assertThat(reports).filteredOn(ArchiveImporter.Report::refused).extracting(ArchiveImporter.Report::field)
			.contains("title");
		long chips = jdbc.sql("select article_id from article_sources where source = 'wordpress' and source_key = ?")
			.params("https://news.hanbit-daily.kr#101")
			.query(Long.class)
			.single();
		mvc.perform(get("/2024/01/15/chip-equipment-exports/")).andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/article/" + chips));
		mvc.perform(get("/").param("p", "101")).andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/article/" + chips));
		String page = mvc.perform(get("/article/" + chips)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("반도체 장비 수출 3개월 연속 증가").contains("<figure").contains("/media/");
		assertThat(count("select count(*) from article_photos where article_id = " + chips)).isPositive();
		assertThat(jdbc.sql("select s.name from sections s join articles a on a.section_id = s.id where a.id = ?")
			.params(chips).query(String.class).single()).isEqualTo("반도체");
	}

	@Test
	void ninjsOfAnotherSiteIsImportedWithItsPeopleSectionAndText() throws Exception {
		run(TestCorpus.lines(950_001, 3), new ArrayList<>());
		StringBuilder file = new StringBuilder();
		for (long id = 950_001; id <= 950_003; id++) {
			String document = mvc.perform(get("/api/v1/articles/" + id)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			// As a partner site would send it: its own addresses, its own numbers.
			file.append(document.replaceAll("http://localhost:\\d+", "https://partner.example")
				.replace("/article/" + id, "/article/" + (id + 100))).append('\n');
		}
		file.append("{\"uri\":\"https://partner.example/article/1\",\"pubstatus\":\"canceled\"}\n");
		List<ArchiveImporter.Report> reports = new ArrayList<>();

		ArchiveImporter.Tally tally;
		try (RecordReader reader = new NinjsReader(new StringReader(file.toString()), json, uri -> false)) {
			tally = importer.run(reader, reports::add, t -> {
			});
		}

		assertThat(tally.stored()).isEqualTo(3);
		assertThat(reports).extracting(ArchiveImporter.Report::field).containsExactly("pubstatus");
		for (long id = 950_001; id <= 950_003; id++) {
			Map<String, Object> original = TestCorpus.article(id);
			String headline = jdbc.sql("select headline from articles where id = ?").params(id + 100)
				.query(String.class).single();
			assertThat(headline).isEqualTo(original.get("title"));
			String body = jdbc.sql("select body_markdown from articles where id = ?").params(id + 100)
				.query(String.class).single();
			assertThat(body).contains("기사 번호 " + id + "번의 둘째 문단이다.");
			assertThat(count("select count(*) from mentions where person_id is not null and article_id = " + (id + 100)))
				.isPositive();
			assertThat(jdbc.sql("select r.name from reporters r join article_bylines b on b.reporter_id = r.id where b.article_id = ?")
				.params(id + 100).query(String.class).single()).isEqualTo(jdbc.sql(
						"select r.name from reporters r join article_bylines b on b.reporter_id = r.id where b.article_id = ?")
					.params(id).query(String.class).single());
		}
	}

	@Test
	void storiesWrittenAfterAnImportGetNumbersPastTheKeptOnes() throws Exception {
		long next = count("select coalesce(max(id), 0) from articles") + 1;
		run(TestCorpus.lines(next, 3), new ArrayList<>());
		Section section = archive.section(DESK, "가져온 기사", null);
		Reporter reporter = archive.reporter("모아름", "areum.mo@import-test.example");

		// The table's own numbering would hand out `next` again had the import not moved it on.
		long written = desk.createDraft(DESK, new Draft(section.id(), "가져오기 뒤에 쓴 기사", null, "본문", List.of(reporter.id()),
				List.of()));

		assertThat(written).isGreaterThan(next + 2);
		assertThat(count("select count(*) from articles where id between " + next + " and " + (next + 2))).isEqualTo(3);
	}

	@Test
	void aReporterCannotImport() {
		Actor reporter = new Actor("reporter", Set.of(Role.REPORTER));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> archive.store(reporter, List.of()))
			.hasMessageContaining("데스크");
	}

	private ArchiveImporter.Tally run(String file, List<ArchiveImporter.Report> reports) throws IOException {
		try (RecordReader reader = new CorpusReader(new StringReader(file), json)) {
			return importer.run(reader, reports::add, tally -> {
			});
		}
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
