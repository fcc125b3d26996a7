package kr.cjournal.newsroom;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts stories on the site: writes the article, its bylines and photos in one transaction. */
@Component
class Desk {

	private final JdbcClient jdbc;

	Desk(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	long publish(Story story) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into articles (section_id, headline, subtitle, body_html, summary, status, published_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(story.section().id(), story.headline(), blankToNull(story.subtitle()),
					ArticleBody.compose(story.paragraphs(), story.photos()), ArticleBody.summarize(story.paragraphs()),
					Articles.PUBLISHED, story.publishedAt())
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		List<Reporter> bylines = story.bylines();
		for (int i = 0; i < bylines.size(); i++) {
			jdbc.sql("insert into article_bylines (article_id, reporter_id, position) values (?, ?, ?)")
				.params(id, bylines.get(i).id(), i)
				.update();
		}
		List<Photo> photos = story.photos();
		for (int i = 0; i < photos.size(); i++) {
			Photo photo = photos.get(i);
			jdbc.sql("""
					insert into article_photos (article_id, position, media_key, width, height, caption, alt, credit)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, i, photo.mediaKey(), photo.width(), photo.height(), photo.caption(), photo.alt(),
						photo.credit())
				.update();
		}
		return id;
	}

	@Transactional
	void setTopStories(List<Long> articleIds) {
		jdbc.sql("delete from top_stories").update();
		for (int i = 0; i < articleIds.size(); i++) {
			jdbc.sql("insert into top_stories (position, article_id) values (?, ?)").params(i, articleIds.get(i)).update();
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
