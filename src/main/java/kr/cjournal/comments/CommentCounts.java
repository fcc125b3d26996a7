package kr.cjournal.comments;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored number of visible comments per story ({@code comment_threads.visible_count}), which
 * article lists show; never counted from the comment rows on a read.
 */
@Component
public class CommentCounts {

	private final JdbcClient jdbc;

	CommentCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every asked story's count of visible comments (0 for none), in one query. */
	public Map<Long, Integer> of(Collection<Long> articleIds) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		if (articleIds.isEmpty()) {
			return counts;
		}
		articleIds.forEach(id -> counts.put(id, 0));
		jdbc.sql("select article_id, visible_count from comment_threads where article_id in (:ids)")
			.param("ids", List.copyOf(articleIds))
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return counts;
	}

	/** The story's count and whether the desk closed its comments: one query. */
	ThreadState state(long articleId) {
		return jdbc.sql("select visible_count, closed from comment_threads where article_id = ?")
			.params(articleId)
			.query((rs, n) -> new ThreadState(rs.getInt(1), rs.getBoolean(2)))
			.optional()
			.orElse(ThreadState.NONE);
	}

	/** Counts the story's VISIBLE comments and replies again and stores the number. */
	void recount(long articleId) {
		String count = "(select count(*) from comments where article_id = :id and status = 'VISIBLE')";
		String update = "update comment_threads set visible_count = " + count + ", updated_at = current_timestamp where article_id = :id";
		if (jdbc.sql(update).param("id", articleId).update() > 0) {
			return;
		}
		try {
			jdbc.sql("insert into comment_threads (article_id, visible_count, updated_at) values (:id, " + count
					+ ", current_timestamp)").param("id", articleId).update();
		}
		catch (DuplicateKeyException inserted) {
			// Another node or thread made the row in between: count into it.
			jdbc.sql(update).param("id", articleId).update();
		}
	}

	/** A story's comment switches as the comment area needs them. */
	record ThreadState(int visibleCount, boolean closed) {
		static final ThreadState NONE = new ThreadState(0, false);
	}
}
