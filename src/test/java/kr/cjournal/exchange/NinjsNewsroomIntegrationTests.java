package kr.cjournal.exchange;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.QueryCounting;
import kr.cjournal.support.TestStories;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** ninjs of stories the test publishes, drafts, schedules and withdraws; an export several batches long. */
@NewsroomAppTest
@Import(TestStories.class)
class NinjsNewsroomIntegrationTests {

	private static final Actor DESK = new Actor("admin", Set.of(Role.EDITOR, Role.ADMIN));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStories stories;

	@Autowired
	Desk desk;

	@Autowired
	Sections sections;

	@Autowired
	ArchiveExport export;

	@Autowired
	JsonMapper json;

	@Autowired
	NinjsWriter writer;

	@Test
	void aWithdrawnStoryIsCanceledWithoutItsWordsAndNotCached() throws Exception {
		long published = stories.publish("내보내기 시험 철회 기사");
		String before = mvc.perform(get("/api/v1/articles/" + published))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pubstatus").value("usable"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		int versionBefore = Integer.parseInt(json.readTree(before).get("version").asString());
		OffsetDateTime asked = OffsetDateTime.now();

		desk.unpublish(DESK, published, "시험으로 출고를 취소한다");

		MvcResult result = mvc.perform(get("/api/v1/articles/" + published))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/json"))
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(header().doesNotExist("ETag"))
			.andExpect(jsonPath("$.uri").value(writer.uri(published)))
			.andExpect(jsonPath("$.type").value("text"))
			.andExpect(jsonPath("$.pubstatus").value("canceled"))
			.andExpect(jsonPath("$.language").value("ko"))
			.andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(NinjsSchema.problems(body)).isEmpty();
		JsonNode doc = json.readTree(body);
		assertThat(Integer.parseInt(doc.get("version").asString())).isGreaterThan(versionBefore);
		OffsetDateTime withdrawnAt = OffsetDateTime.parse(doc.get("versioncreated").asString());
		assertThat(withdrawnAt).isCloseTo(asked, within(1, ChronoUnit.MINUTES));
		assertThat(withdrawnAt.getOffset().getTotalSeconds()).isEqualTo(9 * 3600);
		assertThat(doc.has("headlines")).isFalse();
		assertThat(doc.has("bodies")).isFalse();
		assertThat(body).doesNotContain("철회 기사").doesNotContain("두 번째 문단");
	}

	@Test
	void draftsAndScheduledOrEmbargoedStoriesStay404() throws Exception {
		long sectionId = sections.topLevel().get(0).id();
		long draft = desk.createDraft(DESK, new Draft(sectionId, "내보내기 시험 초고", null, "아직 나가지 않은 기사 본문이다.",
				List.of(), List.of()));
		long scheduled = desk.createDraft(DESK, new Draft(sectionId, "내보내기 시험 예약", null, "내일 나갈 기사 본문이다.",
				List.of(), List.of()));
		desk.schedule(DESK, scheduled, OffsetDateTime.now().plusDays(1), false);
		long embargoed = desk.createDraft(DESK, new Draft(sectionId, "내보내기 시험 엠바고", null, "엠바고 기사 본문이다.",
				List.of(), List.of()));
		desk.schedule(DESK, embargoed, OffsetDateTime.now().plusDays(1), true);

		for (long id : List.of(draft, scheduled, embargoed, 987_654_321L)) {
			mvc.perform(get("/api/v1/articles/" + id))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.field").value("id"))
				.andExpect(jsonPath("$.pubstatus").doesNotExist());
		}
	}

	@Test
	void theBodyComesAsHtmlAndAsPlainTextWithBlankLinesBetweenParagraphs() throws Exception {
		long sectionId = sections.topLevel().get(0).id();
		long id = desk.createDraft(DESK, new Draft(sectionId, "내보내기 시험 평문", null,
				"첫 문단은 **굵게** 쓴 <b>말</b>과 [링크](https://example.com)를 담는다.\n\n## 중간 제목\n\n- 하나\n- 둘 & 셋",
				List.of(), List.of()));
		desk.publishNow(DESK, id);

		String body = mvc.perform(get("/api/v1/articles/" + id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(NinjsSchema.problems(body)).isEmpty();
		JsonNode bodies = json.readTree(body).get("bodies");
		assertThat(bodies.get(0).get("contenttype").asString()).isEqualTo("text/html");
		assertThat(bodies.get(1).get("role").asString()).isEqualTo("main");
		assertThat(bodies.get(1).get("contenttype").asString()).isEqualTo("text/plain");
		assertThat(bodies.get(1).get("value").asString())
			.isEqualTo("첫 문단은 굵게 쓴 <b>말</b>과 링크를 담는다.\n\n중간 제목\n\n하나\n\n둘 & 셋");
	}

	@Test
	void anExportSeveralBatchesLongWritesEachStoryOnceInIdOrderWithAFixedNumberOfQueriesPerBatch() throws Exception {
		List<Long> mine = new ArrayList<>();
		for (int i = 0; i < ArchiveExport.BATCH * 2 + 17; i++) {
			mine.add(stories.publish("내보내기 시험 기사 " + i));
		}
		ByteArrayOutputStream lines = new ByteArrayOutputStream();
		PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		QueryCounting.reset();
		ArchiveExport.Summary summary = export.export(lines, err);
		int queries = QueryCounting.count();

		List<Long> ids = new ArrayList<>();
		for (String line : lines.toString(StandardCharsets.UTF_8).split("\n")) {
			assertThat(NinjsSchema.problems(line)).isEmpty();
			String uri = json.readTree(line).get("uri").asString();
			ids.add(Long.parseLong(uri.substring(uri.lastIndexOf('/') + 1)));
		}
		assertThat(ids).hasSize((int) summary.articles()).doesNotHaveDuplicates().isSorted().containsAll(mine);
		long batches = summary.articles() / ArchiveExport.BATCH + 1;
		// articles, bylines, tags, photos, mentions per batch (no photos: no upload query), one empty batch at the end
		assertThat(queries).isLessThanOrEqualTo((int) (batches * 6 + 1));
	}
}
