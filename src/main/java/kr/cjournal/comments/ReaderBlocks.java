package kr.cjournal.comments;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;

/** A reader blocks another reader's comments from their own view ({@code reader_blocks}), or lifts it. */
@Component
public class ReaderBlocks {

	private final JdbcClient jdbc;

	private final SignedInReaders signedIn;

	private final Readers readers;

	ReaderBlocks(JdbcClient jdbc, SignedInReaders signedIn, Readers readers) {
		this.jdbc = jdbc;
		this.signedIn = signedIn;
		this.readers = readers;
	}

	/** Blocks the reader of that nickname (again is fine); returns them. */
	public Reader block(Actor actor, String nickname) {
		Reader reader = signedIn.of(actor);
		Reader blocked = other(reader, nickname);
		try {
			jdbc.sql("""
					insert into reader_blocks (reader_id, blocked_id)
					select ?, ? where not exists (select 1 from reader_blocks where reader_id = ? and blocked_id = ?)""")
				.params(reader.accountId(), blocked.accountId(), reader.accountId(), blocked.accountId())
				.update();
		}
		catch (DuplicateKeyException alreadyBlockedAtTheSameMoment) {
			// The block is there: what was asked for.
		}
		return blocked;
	}

	/** Lifts a block (none is fine); returns the reader of that nickname. */
	public Reader unblock(Actor actor, String nickname) {
		Reader reader = signedIn.of(actor);
		Reader blocked = other(reader, nickname);
		jdbc.sql("delete from reader_blocks where reader_id = ? and blocked_id = ?")
			.params(reader.accountId(), blocked.accountId())
			.update();
		return blocked;
	}

	private Reader other(Reader reader, String nickname) {
		Reader other = readers.byNickname(nickname).orElseThrow(() -> PostingRefusal.missing("독자를 찾을 수 없습니다."));
		if (other.accountId() == reader.accountId()) {
			throw PostingRefusal.badInput(null, "자기 자신은 차단할 수 없습니다.");
		}
		return other;
	}
}
