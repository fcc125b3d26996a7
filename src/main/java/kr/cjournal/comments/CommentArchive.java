package kr.cjournal.comments;

import java.time.OffsetDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments brought in as they were, not posted now: the demo's, and an archive moved from another
 * site. They skip the posting rules (limits, quiet hours, the filter's queue) because they were
 * already public where they came from, and keep their time and 공감/비공감 counts.
 */
@Component
public class CommentArchive {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CommentArchive(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Adds a visible comment (a reply when {@code parentId} is set) by the reader of
	 * {@code authorId} and returns its id.
	 * @throws IllegalArgumentException when the text is empty or longer than a comment may be
	 */
	@Transactional
	public long add(long articleId, long authorId, Long parentId, String text, OffsetDateTime createdAt, int likes,
			int dislikes) {
		if (text == null || !CommentText.isVisible(text) || CommentText.bytes(text) > CommentText.MAX_BYTES) {
			throw new IllegalArgumentException("An archived comment needs visible text of at most 400 bytes");
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into comments (article_id, parent_id, author_id, body, text_key, status, likes, dislikes, created_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(articleId, parentId, authorId, text, CommentText.key(text), CommentStatus.VISIBLE.name(), Math.max(0, likes),
					Math.max(0, dislikes), createdAt)
			.update(keys, "id");
		events.publishEvent(new CommentsChanged(articleId));
		return keys.getKey().longValue();
	}
}
