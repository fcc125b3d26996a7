package kr.cjournal.newsroom;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An empty paper with one section and two reporters who have staff accounts (hana, jiwoo).
 */
@Component
class DeskFixture {

	private final JdbcClient jdbc;

	private final Sections sections;

	private final Reporters reporters;

	private long general;

	DeskFixture(JdbcClient jdbc, Sections sections, Reporters reporters) {
		this.jdbc = jdbc;
		this.sections = sections;
		this.reporters = reporters;
	}

	void reset() {
		for (String table : List.of("article_changes", "article_revisions", "article_tags", "top_stories",
				"article_photos", "article_bylines", "articles", "reporters")) {
			jdbc.sql("delete from " + table).update();
		}
		jdbc.sql("delete from sections where parent_id is not null").update();
		jdbc.sql("delete from sections").update();
		Section industry = sections.create(null, "industry", "기업과산업", 0);
		general = sections.create(industry, "general", "기업일반", 0).id();
		reporters.create("서하나", "hana.seo@cjournal.example", "hana");
		reporters.create("박지우", "jiwoo.park@cjournal.example", "jiwoo");
	}

	long general() {
		return general;
	}

	Draft draft(String headline) {
		return new Draft(general, headline, null, "[씨저널] 본문 첫 문단이다.", List.of(), List.of("한울전자"));
	}
}
