package kr.cjournal.newsroom;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes an article's content: checks the draft, renders its Markdown into sanitised HTML once,
 * and stores text, bylines, photos and tags. Workflow decisions belong to {@link Desk}.
 */
@Component
class ManuscriptWriter {

	private final JdbcClient jdbc;

	private final Sections sections;

	private final Reporters reporters;

	private final PhotoFiles photos;

	private final StoryLinking linking;

	ManuscriptWriter(JdbcClient jdbc, Sections sections, Reporters reporters, PhotoFiles photos, StoryLinking linking) {
		this.jdbc = jdbc;
		this.sections = sections;
		this.reporters = reporters;
		this.photos = photos;
		this.linking = linking;
	}

	long insert(Draft draft, String createdBy, OffsetDateTime now) {
		check(draft);
		StoryMarkdown.Rendered rendered = render(null, draft);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into articles (section_id, headline, subtitle, body_markdown, body_html, summary, status, created_by,
				                      saved_at, version)
				values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, 0)""")
			.params(draft.sectionId(), draft.headline(), draft.subtitle(), draft.bodyMarkdown(), rendered.html(),
					rendered.summary(), createdBy, now)
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		writeParts(id, draft, createdBy, rendered);
		return id;
	}

	/**
	 * Overwrites the content if the article is still at {@code expectedVersion}; false when
	 * someone saved in between (nothing is written then).
	 */
	boolean update(long id, int expectedVersion, Draft draft, String savedBy, OffsetDateTime now) {
		check(draft);
		StoryMarkdown.Rendered rendered = render(id, draft);
		int updated = jdbc.sql("""
				update articles set section_id = ?, headline = ?, subtitle = ?, body_markdown = ?, body_html = ?,
				                    summary = ?, saved_at = ?, version = version + 1
				where id = ? and version = ?""")
			.params(draft.sectionId(), draft.headline(), draft.subtitle(), draft.bodyMarkdown(), rendered.html(),
					rendered.summary(), now, id, expectedVersion)
			.update();
		if (updated == 0) {
			return false;
		}
		writeParts(id, draft, savedBy, rendered);
		return true;
	}

	/**
	 * Renders the stored article's body again from its Markdown, with the directory as it is now;
	 * the version stays, as nobody changed the text. False when the article is gone or was saved
	 * again meanwhile (that save rendered it already).
	 */
	boolean rerender(Manuscript manuscript) {
		StoryMarkdown.Rendered rendered = render(manuscript.id(), manuscript.draft());
		// Only over the version it was rendered from: a correction saved meanwhile is not overwritten.
		return jdbc.sql("update articles set body_html = ?, summary = ? where id = ? and version = ?")
			.params(rendered.html(), rendered.summary(), manuscript.id(), manuscript.version())
			.update() == 1;
	}

	private StoryMarkdown.Rendered render(Long id, Draft draft) {
		return linking.render(id, draft, reporters.findAll(draft.reporterIds()), photos);
	}

	/** Refuses what cannot be stored or shown: too long, an unknown section or reporter. */
	void check(Draft draft) {
		checkText(draft);
		if (!sections.exists(draft.sectionId())) {
			throw NewsroomRefusal.invalid("sectionId", "섹션을 골라 주세요.");
		}
		if (reporters.findAll(draft.reporterIds()).size() != draft.reporterIds().size()) {
			throw NewsroomRefusal.invalid("reporterIds", "기자 이름을 다시 골라 주세요.");
		}
	}

	/** The limits of the text alone: lengths of headline, subtitle, body and tags. */
	static void checkText(Draft draft) {
		if (draft.headline().length() > Draft.HEADLINE_MAX) {
			throw NewsroomRefusal.invalid("headline", "제목은 " + Draft.HEADLINE_MAX + "자까지 쓸 수 있습니다.");
		}
		if (draft.subtitle() != null && draft.subtitle().length() > Draft.SUBTITLE_MAX) {
			throw NewsroomRefusal.invalid("subtitle", "부제는 " + Draft.SUBTITLE_MAX + "자까지 쓸 수 있습니다.");
		}
		if (draft.bodyMarkdown().length() > Draft.BODY_MAX) {
			throw NewsroomRefusal.invalid("body", "본문은 " + Draft.BODY_MAX + "자까지 쓸 수 있습니다.");
		}
		if (draft.tags().stream().anyMatch(tag -> tag.length() > 40)) {
			throw NewsroomRefusal.invalid("tags", "태그 하나는 40자까지 쓸 수 있습니다.");
		}
	}

	/** Refuses what cannot go to readers: no headline, no body or no byline. */
	void checkComplete(Manuscript manuscript) {
		if (manuscript.headline().isBlank()) {
			throw NewsroomRefusal.invalid("headline", "제목을 써 주세요.");
		}
		if (manuscript.bodyMarkdown().isBlank()) {
			throw NewsroomRefusal.invalid("body", "본문을 써 주세요.");
		}
		if (manuscript.bylines().isEmpty()) {
			throw NewsroomRefusal.invalid("reporterIds", "기사를 쓴 기자를 한 명 이상 골라 주세요.");
		}
	}

	private void writeParts(long id, Draft draft, String username, StoryMarkdown.Rendered rendered) {
		List<Long> bylines = draft.reporterIds();
		if (bylines.isEmpty() && username != null) {
			bylines = reporters.findByUsername(username).map(r -> List.of(r.id())).orElse(List.of());
		}
		jdbc.sql("delete from article_bylines where article_id = ?").params(id).update();
		for (int i = 0; i < bylines.size(); i++) {
			jdbc.sql("insert into article_bylines (article_id, reporter_id, position) values (?, ?, ?)")
				.params(id, bylines.get(i), i)
				.update();
		}
		jdbc.sql("delete from article_photos where article_id = ?").params(id).update();
		for (int i = 0; i < rendered.photos().size(); i++) {
			StoryMarkdown.PlacedPhoto placed = rendered.photos().get(i);
			PhotoFiles.StoredPhoto file = rendered.files().get(placed.imageId());
			jdbc.sql("""
					insert into article_photos (article_id, position, media_key, width, height, caption, alt, credit, image_id,
					                            srcset)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, i, file.mediaKey(), file.width(), file.height(), placed.caption(),
						placed.alt().isEmpty() ? placed.caption() : placed.alt(), placed.credit(), placed.imageId(),
						file.srcset())
				.update();
		}
		jdbc.sql("delete from article_tags where article_id = ?").params(id).update();
		for (int i = 0; i < draft.tags().size(); i++) {
			jdbc.sql("insert into article_tags (article_id, tag, position) values (?, ?, ?)")
				.params(id, draft.tags().get(i), i)
				.update();
		}
	}
}
