package kr.cjournal.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every save of every article, kept so editors can see who changed what and compare any two. */
@Component
public class Revisions {

	private static final String COLUMNS = """
			select article_id, number, section_id, headline, subtitle, body_markdown, saved_by, saved_at, note
			from article_revisions""";

	private final JdbcClient jdbc;

	Revisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The revisions of an article, newest first. */
	public List<Revision> of(long articleId) {
		return jdbc.sql(COLUMNS + " where article_id = ? order by number desc").params(articleId).query(Revisions::revision).list();
	}

	public Optional<Revision> find(long articleId, int number) {
		return jdbc.sql(COLUMNS + " where article_id = ? and number = ?")
			.params(articleId, number)
			.query(Revisions::revision)
			.optional();
	}

	/**
	 * Keeps the draft as the article's next revision and returns its number; a draft identical to
	 * the latest revision (an autosave with no typing in between) is not kept twice.
	 */
	int keep(long articleId, Draft draft, String savedBy, OffsetDateTime at, String note) {
		Optional<Revision> latest = jdbc.sql(COLUMNS + " where article_id = ? order by number desc limit 1")
			.params(articleId)
			.query(Revisions::revision)
			.optional();
		if (latest.isPresent() && note.equals("자동 저장") && sameText(latest.get(), draft)) {
			return latest.get().number();
		}
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from article_revisions where article_id = ?")
			.params(articleId)
			.query(Integer.class)
			.single();
		jdbc.sql("""
				insert into article_revisions (article_id, number, section_id, headline, subtitle, body_markdown, saved_by,
				                               saved_at, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(articleId, number, draft.sectionId(), draft.headline(), draft.subtitle(), draft.bodyMarkdown(), savedBy,
					at, note)
			.update();
		return number;
	}

	/**
	 * An imported story is stored without a revision (its text is in the article, and an archive
	 * of 100,000 stories need not be written twice); before its first change the text as imported
	 * becomes revision 1, so the history shows what the change replaced.
	 */
	void keepImportedOriginal(Manuscript manuscript) {
		boolean none = jdbc.sql("select count(*) from article_revisions where article_id = ?")
			.params(manuscript.id())
			.query(Long.class)
			.single() == 0;
		if (none) {
			OffsetDateTime at = manuscript.publishedAt() != null ? manuscript.publishedAt() : manuscript.savedAt();
			jdbc.sql("""
					insert into article_revisions (article_id, number, section_id, headline, subtitle, body_markdown, saved_by,
					                               saved_at, note)
					values (?, 1, ?, ?, ?, ?, ?, ?, '가져오기')""")
				.params(manuscript.id(), manuscript.draft().sectionId(), manuscript.headline(), manuscript.subtitle(),
						manuscript.bodyMarkdown(), manuscript.createdBy(), at)
				.update();
		}
	}

	private static boolean sameText(Revision revision, Draft draft) {
		return revision.sectionId() == draft.sectionId() && revision.headline().equals(draft.headline())
				&& java.util.Objects.equals(revision.subtitle(), draft.subtitle())
				&& revision.bodyMarkdown().equals(draft.bodyMarkdown());
	}

	private static Revision revision(ResultSet rs, int row) throws SQLException {
		return new Revision(rs.getLong("article_id"), rs.getInt("number"), rs.getLong("section_id"),
				rs.getString("headline"), rs.getString("subtitle"), rs.getString("body_markdown"), rs.getString("saved_by"),
				rs.getObject("saved_at", OffsetDateTime.class), rs.getString("note"));
	}
}
