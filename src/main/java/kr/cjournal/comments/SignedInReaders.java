package kr.cjournal.comments;

import java.util.function.Supplier;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;
import kr.cjournal.accounts.Role;

/**
 * The reader behind a request, and each reader's changes one at a time: a change starts by
 * locking the reader's {@code reader_profiles} row, so counting their comments and adding one is
 * exact however many requests they send at once, on however many nodes share the database.
 */
@Component
class SignedInReaders {

	private static final int ATTEMPTS = 5;

	private final Readers readers;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	SignedInReaders(Readers readers, JdbcClient jdbc, TransactionTemplate transactions) {
		this.readers = readers;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** The signed-in reader; refused with 401 when nobody is signed in, 403 for staff without a reader profile. */
	Reader of(Actor actor) {
		if (actor == null || actor.username() == null) {
			throw PostingRefusal.signInFirst();
		}
		return readers.byUsername(actor.username())
			.filter(reader -> actor.has(Role.READER))
			.orElseThrow(() -> PostingRefusal.forbidden("독자 계정으로 로그인해 주세요."));
	}

	/**
	 * Runs {@code work} in a transaction holding the reader's lock. A lock wait that times out (H2
	 * gives up after its lock timeout) is tried again a few times, then refused as busy.
	 */
	<T> T serialised(Reader reader, Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> {
					jdbc.sql("select account_id from reader_profiles where account_id = ? for update")
						.params(reader.accountId())
						.query(Long.class)
						.single();
					return work.get();
				});
			}
			catch (PessimisticLockingFailureException busy) {
				if (attempt >= ATTEMPTS) {
					throw PostingRefusal.tooMany("요청이 몰려 처리하지 못했습니다. 잠시 후 다시 시도해 주세요.", 2);
				}
			}
		}
	}
}
