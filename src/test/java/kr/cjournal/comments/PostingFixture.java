package kr.cjournal.comments;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.accounts.Reader;
import kr.cjournal.support.TestReaders;
import kr.cjournal.support.TestStories;

/**
 * Rows the posting tests start from, written straight into the tables (as if posted earlier), so
 * no test waits 15 seconds between posts: earlier comments, a reader past the newcomers' review.
 */
class PostingFixture {

	private final JdbcClient jdbc;

	private final TestReaders readers;

	private final TestStories stories;

	PostingFixture(JdbcClient jdbc, TestReaders readers, TestStories stories) {
		this.jdbc = jdbc;
		this.readers = readers;
		this.stories = stories;
	}

	/** A confirmed reader with three comments shown two days ago, so theirs go up at once. */
	Reader regular(String prefix) {
		Reader reader = readers.create(prefix);
		long story = stories.publish("단골 독자의 지난 기사");
		for (int i = 0; i < 3; i++) {
			comment(story, reader, null, "지난 댓글 " + i, "VISIBLE", Duration.ofDays(2).plusMinutes(i));
		}
		return reader;
	}

	/** A comment made {@code ago} before now, bypassing every rule. */
	long comment(long articleId, Reader author, Long parentId, String text, String status, Duration ago) {
		org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into comments (article_id, parent_id, author_id, body, text_key, status, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(articleId, parentId, author.accountId(), text, CommentText.key(text), status,
					OffsetDateTime.now().minus(ago))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	String status(long commentId) {
		return jdbc.sql("select status from comments where id = ?").params(commentId).query(String.class).single();
	}

	String reviewReason(long commentId) {
		return jdbc.sql("select review_reason from comments where id = ?").params(commentId).query(String.class).single();
	}

	int comments(Reader author) {
		return jdbc.sql("select count(*) from comments where author_id = ?").params(author.accountId())
			.query(Integer.class).single();
	}

	JdbcClient jdbc() {
		return jdbc;
	}
}
