package kr.cjournal.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.cjournal.core.Page;

/**
 * Published articles, read the way pages need them. Every method costs a fixed number of
 * queries however many articles, bylines or photos there are.
 */
@Component
public class Articles {

	static final String PUBLISHED = "PUBLISHED";

	private static final String SUMMARY_COLUMNS = """
			a.id, a.section_id, a.headline, a.subtitle, a.summary, a.published_at, r.name as reporter_name,
			p.media_key, p.width, p.height, p.caption, p.alt, p.credit, p.srcset""";

	private static final String SUMMARY_JOINS = """
			left join article_bylines b on b.article_id = a.id and b.position = 0
			left join reporters r on r.id = b.reporter_id
			left join article_photos p on p.article_id = a.id and p.position = 0""";

	private static final String NEWEST_FIRST = " order by a.published_at desc, a.id desc";

	private final JdbcClient jdbc;

	private final Sections sections;

	Articles(JdbcClient jdbc, Sections sections) {
		this.jdbc = jdbc;
		this.sections = sections;
	}

	/** The article with its bylines and photos: three queries. */
	public Optional<Article> findPublished(long id) {
		Optional<ArticleRow> row = jdbc.sql("""
				select id, section_id, headline, subtitle, body_html, summary, published_at, updated_at, correction_note
				from articles where id = ? and status = ?""")
			.params(id, PUBLISHED)
			.query((rs, n) -> new ArticleRow(rs.getLong("id"), rs.getLong("section_id"), rs.getString("headline"),
					rs.getString("subtitle"), rs.getString("body_html"), rs.getString("summary"),
					rs.getObject("published_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
					rs.getString("correction_note")))
			.optional();
		return row.map(this::withBylinesAndPhotos);
	}

	/** Whether the article was published once and then withdrawn by the desk. */
	public boolean isWithdrawn(long id) {
		return jdbc.sql("select count(*) from articles where id = ? and status = 'UNPUBLISHED'")
			.params(id)
			.query(Long.class)
			.single() > 0;
	}

	public List<ArticleSummary> latest(int limit) {
		return jdbc.sql("select " + SUMMARY_COLUMNS + " from articles a " + SUMMARY_JOINS
				+ " where a.status = ?" + NEWEST_FIRST + " limit ?")
			.params(PUBLISHED, limit)
			.query(Articles::summary)
			.list();
	}

	/** Articles of a section and, for a top-level section, of all its subsections. */
	public Page<ArticleSummary> inSection(Section section, int page, int size) {
		List<Long> ids = new ArrayList<>();
		ids.add(section.id());
		sections.childrenOf(section).forEach(child -> ids.add(child.id()));
		return page(" and a.section_id in (:ids)", Map.of("ids", ids), page, size);
	}

	/** Articles carrying the reporter's byline, whether first or shared. */
	public Page<ArticleSummary> byReporter(long reporterId, int page, int size) {
		return page(" and exists (select 1 from article_bylines mine"
				+ " where mine.article_id = a.id and mine.reporter_id = :reporter)", Map.of("reporter", reporterId), page,
				size);
	}

	/** The home page's top stories in the order the desk gave them. */
	public List<ArticleSummary> topStories() {
		return jdbc.sql("select " + SUMMARY_COLUMNS + " from top_stories t join articles a on a.id = t.article_id "
				+ SUMMARY_JOINS + " where a.status = ? order by t.position")
			.params(PUBLISHED)
			.query(Articles::summary)
			.list();
	}

	/**
	 * The newest {@code perSection} articles of every top-level section (subsections included), in
	 * one query, keyed by the top-level section's id.
	 */
	public Map<Long, List<ArticleSummary>> latestPerSection(int perSection) {
		Map<Long, List<ArticleSummary>> result = new LinkedHashMap<>();
		jdbc.sql("select * from (select " + SUMMARY_COLUMNS + """
				, coalesce(s.parent_id, s.id) as top_section_id,
				  row_number() over (partition by coalesce(s.parent_id, s.id)
				                     order by a.published_at desc, a.id desc) as rank_in_section
				from articles a join sections s on s.id = a.section_id
				""" + SUMMARY_JOINS + """
				 where a.status = ?) ranked
				where rank_in_section <= ? order by top_section_id, rank_in_section""")
			.params(PUBLISHED, perSection)
			.query(rs -> {
				result.computeIfAbsent(rs.getLong("top_section_id"), k -> new ArrayList<>()).add(summary(rs, 0));
			});
		return result;
	}

	/**
	 * The published articles among {@code ids}, in the order given, in one query; ids of articles
	 * not (or no longer) published are left out.
	 */
	public List<ArticleSummary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ArticleSummary> found = new java.util.HashMap<>();
		jdbc.sql("select " + SUMMARY_COLUMNS + " from articles a " + SUMMARY_JOINS
				+ " where a.status = :status and a.id in (:ids)")
			.param("status", PUBLISHED)
			.param("ids", ids)
			.query(Articles::summary)
			.list()
			.forEach(summary -> found.put(summary.id(), summary));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** One page of published articles matching {@code condition}: a count and a list, two queries. */
	private Page<ArticleSummary> page(String condition, Map<String, ?> params, int page, int size) {
		String where = " where a.status = :status" + condition;
		long total = jdbc.sql("select count(*) from articles a" + where)
			.param("status", PUBLISHED)
			.params(params)
			.query(Long.class)
			.single();
		List<ArticleSummary> items = jdbc.sql("select " + SUMMARY_COLUMNS + " from articles a " + SUMMARY_JOINS
				+ where + NEWEST_FIRST + " limit :limit offset :offset")
			.param("status", PUBLISHED)
			.params(params)
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query(Articles::summary)
			.list();
		return new Page<>(items, page, size, total);
	}

	private Article withBylinesAndPhotos(ArticleRow row) {
		List<Reporter> bylines = jdbc.sql("""
				select r.id, r.name, r.email, r.username from article_bylines b join reporters r on r.id = b.reporter_id
				where b.article_id = ? order by b.position""")
			.params(row.id())
			.query(Reporters::reporter)
			.list();
		List<Photo> photos = jdbc.sql("""
				select media_key, width, height, caption, alt, credit, srcset from article_photos
				where article_id = ? order by position""")
			.params(row.id())
			.query((rs, n) -> photo(rs))
			.list();
		Section section = sections.byId(row.sectionId());
		return new Article(row.id(), sections.topOf(section), section, row.headline(), row.subtitle(), row.bodyHtml(),
				row.summary(), row.publishedAt(), row.updatedAt(), row.correctionNote(), bylines, photos);
	}

	private static ArticleSummary summary(ResultSet rs, int n) throws SQLException {
		return new ArticleSummary(rs.getLong("id"), rs.getLong("section_id"), rs.getString("headline"),
				rs.getString("subtitle"), rs.getString("summary"), rs.getObject("published_at", OffsetDateTime.class),
				rs.getString("reporter_name"), rs.getString("media_key") == null ? null : photo(rs));
	}

	private static Photo photo(ResultSet rs) throws SQLException {
		return new Photo(rs.getString("media_key"), rs.getInt("width"), rs.getInt("height"), rs.getString("caption"),
				rs.getString("alt"), rs.getString("credit"), rs.getString("srcset"));
	}

	private record ArticleRow(long id, long sectionId, String headline, String subtitle, String bodyHtml,
			String summary, OffsetDateTime publishedAt, OffsetDateTime updatedAt, String correctionNote) {
	}
}
