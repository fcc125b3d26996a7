package kr.cjournal.newsroom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.cjournal.accounts.Role;
import kr.cjournal.accounts.StaffAccountSaved;

/**
 * Keeps reporters' bylines in step with staff accounts: an account that holds REPORTER writes
 * under a byline with its display name and e-mail. A byline outlives the role, because
 * published stories keep naming their reporter.
 */
@Component
class Bylines {

	private final Reporters reporters;

	Bylines(Reporters reporters) {
		this.reporters = reporters;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StaffAccountSaved account) {
		boolean hasByline = reporters.findByUsername(account.username()).isPresent();
		if (account.roles().contains(Role.REPORTER) || hasByline) {
			reporters.saveForAccount(account.username(), account.displayName(), account.email());
		}
	}
}
