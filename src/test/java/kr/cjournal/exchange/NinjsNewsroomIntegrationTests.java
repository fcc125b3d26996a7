package kr.cjournal.exchange;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.QueryCounting;
import kr.cjournal.support.TestStories;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** ninjs of stories the test publishes, drafts and withdraws; an export several batches long. */
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

	@Test
	void aDraftAndAWithdrawnStoryAre404() throws Exception {
		long published = stories.publish("내보내기 시험 철회 기사");
		mvc.perform(get("/api/v1/articles/" + published)).andExpect(status().isOk());
		desk.unpublish(DESK, published, "시험으로 출고를 취소한다");
		mvc.perform(get("/api/v1/articles/" + published))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.field").value("id"));

		long sectionId = sections.topLevel().get(0).id();
		long draft = desk.createDraft(DESK, new Draft(sectionId, "내보내기 시험 초고", null, "아직 나가지 않은 기사 본문이다.",
				List.of(), List.of()));
		mvc.perform(get("/api/v1/articles/" + draft)).andExpect(status().isNotFound());
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
