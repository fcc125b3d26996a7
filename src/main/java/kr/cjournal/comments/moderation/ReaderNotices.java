package kr.cjournal.comments.moderation;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.cjournal.accounts.Reader;

/**
 * What moderation tells a reader: a row in {@code reader_notices} for their own page and the same
 * sentence by e-mail. The reader's own page lists them (comments.ReaderProfiles).
 */
@Component
public class ReaderNotices {

	private final JdbcClient jdbc;

	private final Letters letters;

	private final Clock clock;

	ReaderNotices(JdbcClient jdbc, Letters letters, Clock clock) {
		this.jdbc = jdbc;
		this.letters = letters;
		this.clock = clock;
	}

	void tell(Reader reader, String kind, String subject, String body, Long commentId, Long measureId) {
		jdbc.sql("insert into reader_notices (reader_id, kind, body, comment_id, measure_id, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(reader.accountId(), kind, body.length() > 1000 ? body.substring(0, 999) + "…" : body, commentId,
					measureId, OffsetDateTime.now(clock))
			.update();
		letters.send(reader.email(), subject, reader.nickname() + "님,\n\n" + body);
	}
}
