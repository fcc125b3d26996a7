package kr.cjournal.newsroom;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published archive as feeds, sitemaps and exports read it: bylines and bodies of many stories
 * at once, published stories day by day and in keyset pages (memory flat at any archive size), the
 * newest stories since a time, and the change feed's newest sequence and time. Read-only.
 */
@Component
public class PublishedArchive {

	/** Rows fetched per keyset page when streaming: memory stays flat whatever the month holds. */
	public static final int BATCH = 5_000;

	private static final String PUBLISHED = "PUBLISHED";

	/** KST is UTC+9 all year (no daylight saving), so a KST day is a fixed slice of epoch seconds. */
	private static final int KST_SECONDS = 9 * 3600;

	private final JdbcClient jdbc;

	PublishedArchive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A story's bylines in order, correction time (null if never corrected) and, when asked, its body. */
	public record Details(List<String> bylines, OffsetDateTime updatedAt, String bodyHtml) {
	}

	/** A URL of a sitemap: the story's id and when it last changed (correction, else publication). */
	public record Entry(long id, OffsetDateTime lastModified) {
	}

	/** A story of the news sitemap. */
	public record Recent(long id, String headline, OffsetDateTime publishedAt) {
	}

	/** How many published stories a KST day holds, and when the newest of them last changed. */
	public record Day(long epochDay, long stories, OffsetDateTime lastModified) {
	}

	/** The change feed's newest sequence number and time; (0, null) on a paper that never changed. */
	public record Version(long seq, OffsetDateTime at) {
	}

	/** Two queries for any number of stories; published stories only. */
	public Map<Long, Details> details(List<Long> ids, boolean withBody) {
		Map<Long, Details> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		Map<Long, List<String>> bylines = new HashMap<>();
		jdbc.sql("""
				select b.article_id, r.name from article_bylines b join reporters r on r.id = b.reporter_id
				where b.article_id in (:ids) order by b.article_id, b.position""")
			.param("ids", ids)
			.query(rs -> {
				bylines.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>()).add(rs.getString("name"));
			});
		jdbc.sql("select id, updated_at" + (withBody ? ", body_html" : "")
				+ " from articles where status = :status and id in (:ids)")
			.param("status", PUBLISHED)
			.param("ids", ids)
			.query(rs -> {
				long id = rs.getLong("id");
				found.put(id, new Details(bylines.getOrDefault(id, List.of()),
						rs.getObject("updated_at", OffsetDateTime.class), withBody ? rs.getString("body_html") : null));
			});
		return found;
	}

	/** Published stories per KST day from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
	public List<Day> days(OffsetDateTime from, OffsetDateTime to) {
		return jdbc.sql("""
				select epoch_day, count(*) as stories, max(last_modified) as last_modified from (
				  select cast(floor((extract(epoch from published_at) + %d) / 86400) as bigint) as epoch_day,
				         coalesce(updated_at, published_at) as last_modified
				  from articles where status = :status and published_at >= :from and published_at < :to) d
				group by epoch_day order by epoch_day""".formatted(KST_SECONDS))
			.param("status", PUBLISHED)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Day(rs.getLong("epoch_day"), rs.getLong("stories"),
					rs.getObject("last_modified", OffsetDateTime.class)))
			.list();
	}

	/** Every day of the paper: a few thousand rows for twenty years. */
	public List<Day> allDays() {
		return days(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
				OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
	}

	/**
	 * Hands {@code sink} up to {@code limit} stories published in [from, to), oldest first, skipping
	 * the first {@code skip}: one query to find where to start, then keyset pages of {@link #BATCH}.
	 */
	public void published(OffsetDateTime from, OffsetDateTime to, long skip, int limit, Consumer<Entry> sink) {
		Key start = skip == 0 ? null
				: jdbc.sql("select published_at, id from articles where status = :status and published_at >= :from"
						+ " and published_at < :to order by published_at, id limit 1 offset :skip")
					.param("status", PUBLISHED)
					.param("from", from)
					.param("to", to)
					.param("skip", skip - 1)
					.query((rs, n) -> new Key(rs.getObject("published_at", OffsetDateTime.class), rs.getLong("id")))
					.optional()
					.orElse(null);
		if (skip > 0 && start == null) {
			return;
		}
		int left = limit;
		while (left > 0) {
			String after = start == null ? ""
					: " and (published_at > :afterTime or (published_at = :afterTime and id > :afterId))";
			var query = jdbc.sql("select id, published_at, updated_at from articles where status = :status"
					+ " and published_at >= :from and published_at < :to" + after
					+ " order by published_at, id limit :limit")
				.param("status", PUBLISHED)
				.param("from", from)
				.param("to", to)
				.param("limit", Math.min(BATCH, left));
			if (start != null) {
				query = query.param("afterTime", start.publishedAt()).param("afterId", start.id());
			}
			List<Key> page = new ArrayList<>(Math.min(BATCH, left));
			query.query(rs -> {
				OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
				OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
				long id = rs.getLong("id");
				sink.accept(new Entry(id, updated == null ? published : updated));
				page.add(new Key(published, id));
			});
			if (page.isEmpty()) {
				return;
			}
			left -= page.size();
			start = page.get(page.size() - 1);
			if (page.size() < BATCH) {
				return;
			}
		}
	}

	/** The newest stories published at or after {@code since}, newest first. */
	public List<Recent> publishedSince(OffsetDateTime since, int limit) {
		return jdbc.sql("select id, headline, published_at from articles where status = ? and published_at >= ?"
				+ " order by published_at desc, id desc limit ?")
			.params(PUBLISHED, since, limit)
			.query((rs, n) -> new Recent(rs.getLong("id"), rs.getString("headline"),
					rs.getObject("published_at", OffsetDateTime.class)))
			.list();
	}

	public Version version() {
		return jdbc.sql("select coalesce(max(seq), 0) as seq, max(changed_at) as at from article_changes")
			.query((rs, n) -> new Version(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class)))
			.single();
	}

	/** A photo as placed in a published story: its served copy, caption and the upload it came from. */
	public record Photo(String mediaKey, int width, int height, String caption, String alt, String credit, Long imageId) {
	}

	/**
	 * A published story with what travels with it to another system. {@code updatedAt} is null
	 * unless corrected; {@code version} counts the desk's saves.
	 */
	public record Story(long id, int version, long sectionId, String headline, String subtitle, String bodyHtml,
			String summary, OffsetDateTime createdAt, OffsetDateTime publishedAt, OffsetDateTime updatedAt,
			List<String> bylines, List<String> tags, List<Photo> photos) {
	}

	/** The published story, or empty when there is none or it is not (or no longer) published. */
	public java.util.Optional<Story> story(long id) {
		return stories(" and a.id = :id", id, 1).stream().findFirst();
	}

	/**
	 * A story that was published and then taken off the site: only its id, its version and when it
	 * was withdrawn, never its words (a withdrawn story's text is not served again).
	 */
	public record Withdrawn(long id, int version, OffsetDateTime withdrawnAt) {
	}

	/**
	 * The story if the desk withdrew it after publication and has not published it again; empty for
	 * one that is published, was never published (drafts, scheduled and embargoed stories), or none.
	 */
	public java.util.Optional<Withdrawn> withdrawn(long id) {
		return jdbc.sql("""
				select id, version, coalesce(unpublished_at, updated_at, published_at) as withdrawn_at from articles
				where id = ? and status = 'UNPUBLISHED' and published_at is not null""")
			.params(id)
			.query((rs, n) -> new Withdrawn(rs.getLong("id"), rs.getInt("version"),
					rs.getObject("withdrawn_at", OffsetDateTime.class)))
			.optional();
	}

	/**
	 * Up to {@code limit} published stories with ids above {@code afterId}, lowest id first: keyset
	 * pages for an export of any size, four queries a page however much the stories carry.
	 */
	public List<Story> storiesAfter(long afterId, int limit) {
		return stories(" and a.id > :id", afterId, limit);
	}

	private List<Story> stories(String condition, long id, int limit) {
		record Row(long id, int version, long sectionId, String headline, String subtitle, String bodyHtml,
				String summary, OffsetDateTime createdAt, OffsetDateTime publishedAt, OffsetDateTime updatedAt) {
		}
		List<Row> rows = jdbc.sql("""
				select a.id, a.version, a.section_id, a.headline, a.subtitle, a.body_html, a.summary, a.created_at,
				       a.published_at, a.updated_at
				from articles a where a.status = 'PUBLISHED'""" + condition + " order by a.id limit :limit")
			.param("id", id)
			.param("limit", limit)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getInt("version"), rs.getLong("section_id"),
					rs.getString("headline"), rs.getString("subtitle"), rs.getString("body_html"), rs.getString("summary"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
					rs.getObject("updated_at", OffsetDateTime.class)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<String>> bylines = strings("""
				select b.article_id, r.name from article_bylines b join reporters r on r.id = b.reporter_id
				where b.article_id in (:ids) order by b.article_id, b.position""", ids);
		Map<Long, List<String>> tags = strings("""
				select article_id, tag from article_tags where article_id in (:ids) order by article_id, position""", ids);
		Map<Long, List<Photo>> photos = new HashMap<>();
		jdbc.sql("""
				select article_id, media_key, width, height, caption, alt, credit, image_id from article_photos
				where article_id in (:ids) order by article_id, position""")
			.param("ids", ids)
			.query(rs -> {
				photos.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
					.add(new Photo(rs.getString("media_key"), rs.getInt("width"), rs.getInt("height"), rs.getString("caption"),
							rs.getString("alt"), rs.getString("credit"), rs.getObject("image_id", Long.class)));
			});
		return rows.stream()
			.map(r -> new Story(r.id(), r.version(), r.sectionId(), r.headline(), r.subtitle(), r.bodyHtml(), r.summary(),
					r.createdAt(), r.publishedAt(), r.updatedAt(), bylines.getOrDefault(r.id(), List.of()),
					tags.getOrDefault(r.id(), List.of()), photos.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private Map<Long, List<String>> strings(String sql, List<Long> ids) {
		Map<Long, List<String>> result = new HashMap<>();
		jdbc.sql(sql).param("ids", ids).query(rs -> {
			result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
		});
		return result;
	}

	/**
	 * A published story as a search index reads it: its section, its reporters by id and name,
	 * the body as plain text. {@code updatedAt} is null unless corrected.
	 */
	public record Indexable(long id, long sectionId, String headline, String subtitle, String bodyText,
			List<Long> reporterIds, List<String> reporterNames, List<String> tags, OffsetDateTime publishedAt,
			OffsetDateTime updatedAt) {
	}

	/**
	 * Those of these stories that are published now, three queries however many are asked;
	 * stories not (or no longer) published are left out.
	 */
	public List<Indexable> indexable(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Long> asked = List.copyOf(new java.util.LinkedHashSet<>(ids));
		record Row(long id, long sectionId, String headline, String subtitle, String bodyHtml, OffsetDateTime publishedAt,
				OffsetDateTime updatedAt) {
		}
		List<Row> rows = jdbc.sql("""
				select id, section_id, headline, subtitle, body_html, published_at, updated_at from articles
				where status = 'PUBLISHED' and id in (:ids) order by id""")
			.param("ids", asked)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("section_id"), rs.getString("headline"),
					rs.getString("subtitle"), rs.getString("body_html"), rs.getObject("published_at", OffsetDateTime.class),
					rs.getObject("updated_at", OffsetDateTime.class)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> found = rows.stream().map(Row::id).toList();
		Map<Long, List<Long>> reporterIds = new HashMap<>();
		Map<Long, List<String>> reporterNames = new HashMap<>();
		jdbc.sql("""
				select b.article_id, r.id, r.name from article_bylines b join reporters r on r.id = b.reporter_id
				where b.article_id in (:ids) order by b.article_id, b.position""")
			.param("ids", found)
			.query(rs -> {
				reporterIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
				reporterNames.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
			});
		Map<Long, List<String>> tags = strings("""
				select article_id, tag from article_tags where article_id in (:ids) order by article_id, position""", found);
		return rows.stream()
			.map(r -> new Indexable(r.id(), r.sectionId(), r.headline(), r.subtitle(), BodyText.of(r.bodyHtml()),
					reporterIds.getOrDefault(r.id(), List.of()), reporterNames.getOrDefault(r.id(), List.of()),
					tags.getOrDefault(r.id(), List.of()), r.publishedAt(), r.updatedAt()))
			.toList();
	}

	/** How many stories are published. */
	public long publishedCount() {
		return jdbc.sql("select count(*) from articles where status = 'PUBLISHED'").query(Long.class).single();
	}

	/** Ids of published stories above {@code afterId}, lowest first: keyset pages over the whole archive. */
	public List<Long> publishedIdsAfter(long afterId, int limit) {
		return jdbc.sql("select id from articles where status = 'PUBLISHED' and id > ? order by id limit ?")
			.params(afterId, limit)
			.query(Long.class)
			.list();
	}

	/** A published story as a list of the read API shows it. */
	public record Listed(long id, long sectionId, String headline, String summary, OffsetDateTime publishedAt,
			List<String> bylines) {
	}

	/**
	 * What a list of published stories is narrowed to; null or empty means no narrowing.
	 * {@code sectionIds} a section and its subsections, {@code articleIds} stories someone else
	 * chose (the people a story mentions), {@code from}/{@code to} a half-open time range,
	 * {@code beforeTime}/{@code beforeId} the keyset: only stories older than that one.
	 */
	public record Filter(List<Long> sectionIds, Long reporterId, List<Long> articleIds, OffsetDateTime from,
			OffsetDateTime to, OffsetDateTime beforeTime, Long beforeId) {
	}

	/**
	 * Up to {@code limit} published stories matching {@code filter}, newest first (published_at,
	 * then id, descending): two queries however many stories, whatever the filter.
	 */
	public List<Listed> newest(Filter filter, int limit) {
		if (filter.articleIds() != null && filter.articleIds().isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(
				"select a.id, a.section_id, a.headline, a.summary, a.published_at from articles a where a.status = :status");
		Map<String, Object> params = new HashMap<>();
		params.put("status", PUBLISHED);
		if (filter.sectionIds() != null && !filter.sectionIds().isEmpty()) {
			sql.append(" and a.section_id in (:sections)");
			params.put("sections", filter.sectionIds());
		}
		if (filter.reporterId() != null) {
			sql.append(" and exists (select 1 from article_bylines b where b.article_id = a.id and b.reporter_id = :reporter)");
			params.put("reporter", filter.reporterId());
		}
		if (filter.articleIds() != null) {
			sql.append(" and a.id in (:ids)");
			params.put("ids", filter.articleIds());
		}
		if (filter.from() != null) {
			sql.append(" and a.published_at >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			sql.append(" and a.published_at < :to");
			params.put("to", filter.to());
		}
		if (filter.beforeTime() != null) {
			sql.append(" and (a.published_at < :beforeTime or (a.published_at = :beforeTime and a.id < :beforeId))");
			params.put("beforeTime", filter.beforeTime());
			params.put("beforeId", filter.beforeId());
		}
		sql.append(" order by a.published_at desc, a.id desc limit :limit");
		params.put("limit", limit);
		record Row(long id, long sectionId, String headline, String summary, OffsetDateTime publishedAt) {
		}
		List<Row> rows = jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("section_id"), rs.getString("headline"),
					rs.getString("summary"), rs.getObject("published_at", OffsetDateTime.class)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<String>> bylines = strings("""
				select b.article_id, r.name from article_bylines b join reporters r on r.id = b.reporter_id
				where b.article_id in (:ids) order by b.article_id, b.position""", rows.stream().map(Row::id).toList());
		return rows.stream()
			.map(r -> new Listed(r.id(), r.sectionId(), r.headline(), r.summary(), r.publishedAt(),
					bylines.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private record Key(OffsetDateTime publishedAt, long id) {
	}
}
