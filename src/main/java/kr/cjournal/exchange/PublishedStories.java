package kr.cjournal.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.cjournal.exchange.PublishedStory.Named;
import kr.cjournal.exchange.PublishedStory.Picture;
import kr.cjournal.exchange.PublishedStory.Rendition;
import kr.cjournal.media.Image;
import kr.cjournal.media.ImageVariant;
import kr.cjournal.media.Images;
import kr.cjournal.media.MediaStorage;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;

/**
 * Published articles with all that travels with them, a batch at a time in ascending id order
 * (keyset paging, so an export of any size holds one batch): six queries per batch however many
 * articles, bylines, tags, photos or mentions it has.
 * <p>
 * It reads the newsroom's article tables and the people module's mention tables, read-only and
 * published stories only, because neither module offers a batch of whole stories with their
 * tags and mentions yet; these queries belong in {@code newsroom.Articles} and
 * {@code people.Mentions} once they do.
 */
@Component
class PublishedStories {

	private final JdbcClient jdbc;

	private final Sections sections;

	private final Images images;

	PublishedStories(JdbcClient jdbc, Sections sections, Images images) {
		this.jdbc = jdbc;
		this.sections = sections;
		this.images = images;
	}

	/** The published article, or empty when there is none or it is not (or no longer) published. */
	Optional<PublishedStory> find(long id) {
		return load(" and a.id = :id", Map.of("id", id), 1).stream().findFirst();
	}

	/** Up to {@code limit} published articles with ids above {@code afterId}, lowest id first. */
	List<PublishedStory> after(long afterId, int limit) {
		return load(" and a.id > :id", Map.of("id", afterId), limit);
	}

	private List<PublishedStory> load(String condition, Map<String, ?> params, int limit) {
		List<Row> rows = jdbc.sql("""
				select a.id, a.version, a.section_id, a.headline, a.subtitle, a.body_html, a.summary, a.created_at,
				       a.published_at, a.updated_at
				from articles a where a.status = 'PUBLISHED'""" + condition + " order by a.id limit :limit")
			.params(params)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
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
		Map<Long, List<Picture>> pictures = pictures(ids);
		Map<Long, List<Named>> people = new HashMap<>();
		Map<Long, List<Named>> organisations = new HashMap<>();
		// Each person or organisation once, in the order the story first names them.
		jdbc.sql("""
				select m.article_id, m.person_id, p.name as person_name, m.organization_id, o.name as organization_name,
				       min(m.id) as first_mention
				from mentions m
				left join people p on p.id = m.person_id
				left join organizations o on o.id = m.organization_id
				where m.article_id in (:ids)
				group by m.article_id, m.person_id, p.name, m.organization_id, o.name
				order by m.article_id, first_mention""")
			.param("ids", ids)
			.query(rs -> {
				long articleId = rs.getLong("article_id");
				long personId = rs.getLong("person_id");
				if (!rs.wasNull()) {
					people.computeIfAbsent(articleId, k -> new ArrayList<>())
						.add(new Named(personId, rs.getString("person_name")));
				}
				else {
					organisations.computeIfAbsent(articleId, k -> new ArrayList<>())
						.add(new Named(rs.getLong("organization_id"), rs.getString("organization_name")));
				}
			});
		return rows.stream().map(row -> {
			Section section = sections.byId(row.sectionId());
			return new PublishedStory(row.id(), row.version(), sections.topOf(section), section, row.headline(),
					row.subtitle(), row.bodyHtml(), row.summary(), row.createdAt(), row.publishedAt(), row.updatedAt(),
					bylines.getOrDefault(row.id(), List.of()), tags.getOrDefault(row.id(), List.of()),
					pictures.getOrDefault(row.id(), List.of()), people.getOrDefault(row.id(), List.of()),
					organisations.getOrDefault(row.id(), List.of()));
		}).toList();
	}

	private Map<Long, List<String>> strings(String sql, List<Long> ids) {
		Map<Long, List<String>> result = new HashMap<>();
		jdbc.sql(sql).param("ids", ids).query(rs -> {
			result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
		});
		return result;
	}

	/**
	 * The photos of the articles with the sizes media serves of each upload (one query for the
	 * photos, one for their uploads); a photo whose upload is unknown has its placed copy alone.
	 */
	private Map<Long, List<Picture>> pictures(List<Long> ids) {
		List<PhotoRow> photos = jdbc.sql("""
				select article_id, media_key, width, height, caption, alt, credit, image_id from article_photos
				where article_id in (:ids) order by article_id, position""")
			.param("ids", ids)
			.query((rs, n) -> new PhotoRow(rs.getLong("article_id"), rs.getString("media_key"), rs.getInt("width"),
					rs.getInt("height"), rs.getString("caption"), rs.getString("alt"), rs.getString("credit"),
					rs.getObject("image_id", Long.class)))
			.list();
		List<Long> imageIds = photos.stream().map(PhotoRow::imageId).filter(Objects::nonNull).distinct().toList();
		Map<Long, Image> uploads = imageIds.isEmpty() ? Map.of() : images.findAll(imageIds);
		Map<Long, List<Picture>> result = new HashMap<>();
		for (PhotoRow photo : photos) {
			Image upload = photo.imageId() == null ? null : uploads.get(photo.imageId());
			List<Rendition> renditions = upload == null
					? List.of(rendition(photo.mediaKey(), photo.width(), photo.height()))
					: upload.variants().stream().map(PublishedStories::rendition).toList();
			result.computeIfAbsent(photo.articleId(), k -> new ArrayList<>())
				.add(new Picture(photo.caption(), photo.alt(), photo.credit(), renditions));
		}
		return result;
	}

	private static Rendition rendition(ImageVariant variant) {
		return rendition(variant.key(), variant.width(), variant.height());
	}

	private static Rendition rendition(String key, int width, int height) {
		return new Rendition(MediaStorage.urlOf(key), width, height, contentType(key));
	}

	/** Served copies are JPEG or PNG (see media); the key's extension says which. */
	static String contentType(String key) {
		String lower = key.toLowerCase(java.util.Locale.ROOT);
		if (lower.endsWith(".png")) {
			return "image/png";
		}
		if (lower.endsWith(".webp")) {
			return "image/webp";
		}
		if (lower.endsWith(".gif")) {
			return "image/gif";
		}
		return "image/jpeg";
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getInt("version"), rs.getLong("section_id"), rs.getString("headline"),
				rs.getString("subtitle"), rs.getString("body_html"), rs.getString("summary"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class));
	}

	private record Row(long id, int version, long sectionId, String headline, String subtitle, String bodyHtml,
			String summary, OffsetDateTime createdAt, OffsetDateTime publishedAt, OffsetDateTime updatedAt) {
	}

	private record PhotoRow(long articleId, String mediaKey, int width, int height, String caption, String alt,
			String credit, Long imageId) {
	}
}
