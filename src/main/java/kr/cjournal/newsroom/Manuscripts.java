package kr.cjournal.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.cjournal.accounts.Actor;

/** Articles as the newsroom sees them, in every status: what the newsroom pages list and open. */
@Component
public class Manuscripts {

	private static final String LINE = """
			select a.id, a.status, a.headline, a.section_id, a.created_by, a.saved_at, a.publish_at, a.embargo,
			       a.published_at, r.name as reporter_name
			from articles a
			left join article_bylines b on b.article_id = a.id and b.position = 0
			left join reporters r on r.id = b.reporter_id
			""";

	private static final int LIMIT = 50;

	private static final String OWN = """
			 or a.created_by = :viewer or exists (select 1 from article_bylines vb
			  join reporters vr on vr.id = vb.reporter_id where vb.article_id = a.id and vr.username = :viewer))""";

	private final JdbcClient jdbc;

	Manuscripts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the actor may read a story's text in the given status: the desk (editors and admins)
	 * every story, a reporter their own ({@code own}: they wrote it or are in its byline), every
	 * staff member a published one. The one rule for every newsroom page that shows a story; the
	 * lists here apply the same rule in SQL.
	 */
	static boolean mayRead(Actor actor, ArticleStatus status, boolean own) {
		return actor.isDesk() || status == ArticleStatus.PUBLISHED || (own && actor.canWrite());
	}

	public Optional<Manuscript> find(long id) {
		return jdbc.sql("""
				select id, status, version, section_id, headline, subtitle, body_markdown, created_by, publish_at, embargo,
				       desk_comment, correction_note, unpublished_reason, published_at, updated_at, saved_at
				from articles where id = ?""")
			.params(id)
			.query((rs, n) -> manuscript(rs))
			.optional();
	}

	/** The actor's own articles (written or bylined) in the given status, last saved first. */
	public List<ManuscriptLine> mine(String username, ArticleStatus status) {
		return jdbc.sql(LINE + """
				where a.status = :status and (a.created_by = :username or exists (select 1 from article_bylines mb
				  join reporters mr on mr.id = mb.reporter_id where mb.article_id = a.id and mr.username = :username))
				order by a.saved_at desc nulls last, a.id desc limit :limit""")
			.param("status", status.name())
			.param("username", username)
			.param("limit", LIMIT)
			.query(Manuscripts::line)
			.list();
	}

	/**
	 * Everything in a status that the viewer may read ({@link #mayRead}): submitted stories
	 * oldest first, so none waits forever.
	 */
	public List<ManuscriptLine> inStatus(Actor viewer, ArticleStatus status) {
		String order = switch (status) {
			case SUBMITTED -> " order by a.saved_at asc nulls last, a.id";
			case SCHEDULED -> " order by a.publish_at asc, a.id";
			default -> " order by coalesce(a.published_at, a.saved_at) desc nulls last, a.id desc";
		};
		return jdbc.sql(LINE + " where a.status = :status and " + readableBy(viewer) + order + " limit :limit")
			.param("status", status.name())
			.param("viewer", String.valueOf(viewer.username()))
			.param("limit", LIMIT)
			.query(Manuscripts::line)
			.list();
	}

	/** Articles the viewer may read whose headline contains the words, newest first. */
	public List<ManuscriptLine> searchHeadlines(Actor viewer, String words) {
		String pattern = "%" + words.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql(LINE + " where lower(a.headline) like lower(:pattern) escape '\\' and " + readableBy(viewer)
				+ " order by coalesce(a.published_at, a.saved_at) desc nulls last, a.id desc limit :limit")
			.param("pattern", pattern)
			.param("viewer", String.valueOf(viewer.username()))
			.param("limit", LIMIT)
			.query(Manuscripts::line)
			.list();
	}

	/**
	 * {@link #mayRead} as a condition on {@code a}, binding {@code :viewer}: the desk reads
	 * everything, a reporter their own stories and published ones, anyone else published ones.
	 * "Own" is what {@link Manuscript#isOwnedBy} says: the writer or a byline.
	 */
	private static String readableBy(Actor viewer) {
		if (mayRead(viewer, ArticleStatus.DRAFT, false)) {
			return "1 = 1";
		}
		String published = "a.status = 'PUBLISHED'";
		if (!mayRead(viewer, ArticleStatus.DRAFT, true) || viewer.username() == null) {
			return published;
		}
		return "(" + published + OWN;
	}

	private Manuscript manuscript(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		List<Reporter> bylines = jdbc.sql("""
				select r.id, r.name, r.email, r.username from article_bylines b join reporters r on r.id = b.reporter_id
				where b.article_id = ? order by b.position""")
			.params(id)
			.query(Reporters::reporter)
			.list();
		List<String> tags = jdbc.sql("select tag from article_tags where article_id = ? order by position")
			.params(id)
			.query(String.class)
			.list();
		return new Manuscript(id, ArticleStatus.valueOf(rs.getString("status")), rs.getInt("version"),
				rs.getLong("section_id"), rs.getString("headline"), rs.getString("subtitle"),
				rs.getString("body_markdown") == null ? "" : rs.getString("body_markdown"), bylines, tags,
				rs.getString("created_by"), time(rs, "publish_at"), rs.getBoolean("embargo"), rs.getString("desk_comment"),
				rs.getString("correction_note"), rs.getString("unpublished_reason"), time(rs, "published_at"),
				time(rs, "updated_at"), time(rs, "saved_at"));
	}

	private static ManuscriptLine line(ResultSet rs, int row) throws SQLException {
		return new ManuscriptLine(rs.getLong("id"), ArticleStatus.valueOf(rs.getString("status")),
				rs.getString("headline"), rs.getLong("section_id"), rs.getString("created_by"),
				rs.getString("reporter_name"), time(rs, "saved_at"), time(rs, "publish_at"), rs.getBoolean("embargo"),
				time(rs, "published_at"));
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}
}
