package kr.cjournal.accounts;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Setting a new password through a link mailed to the account's address, for readers and for
 * staff with an e-mail address. Asking says nothing about whether the address has an account:
 * the answer is the same, and the mail goes out on a thread of its own, so it takes as long either
 * way. A new password ends every session of the account and revokes its API tokens.
 */
@Component
class PasswordReset {

	private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

	private final JdbcClient jdbc;

	private final ReaderTokens tokens;

	private final ReaderMail mail;

	private final ReaderSettings settings;

	private final Accounts accounts;

	private final StaffSessions sessions;

	private final SignInThrottle throttle;

	private final ReaderSignUp signUp;

	private final PasswordPolicy policy;

	private final ExecutorService mailer = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "password-reset-mail");
		thread.setDaemon(true);
		return thread;
	});

	PasswordReset(JdbcClient jdbc, ReaderTokens tokens, ReaderMail mail, ReaderSettings settings, Accounts accounts,
			StaffSessions sessions, SignInThrottle throttle, ReaderSignUp signUp, PasswordPolicy policy) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.mail = mail;
		this.settings = settings;
		this.accounts = accounts;
		this.sessions = sessions;
		this.throttle = throttle;
		this.signUp = signUp;
		this.policy = policy;
	}

	/** An enabled account reached by this e-mail address. */
	record Holder(long id, String username, String displayName, String email) {
	}

	/** Mails a reset link when an enabled account has this address; otherwise does nothing, as quietly. */
	void request(String email) {
		String address = StaffRules.normalize(email);
		if (address.isEmpty() || address.length() > ReaderSignUp.MAX_EMAIL_LENGTH) {
			return;
		}
		mailer.execute(() -> {
			try {
				holder(address).ifPresent(holder -> {
					String token = tokens.issue(holder.id(), ReaderTokens.Purpose.RESET, settings.resetValidity());
					mail.reset(holder.email(), holder.displayName(), token, settings.resetValidity().toMinutes());
				});
			}
			catch (RuntimeException e) {
				log.warn("Password reset mail could not be prepared: {}", e.getMessage());
			}
		});
	}

	/** Whether the link still works (unused, unexpired), without using it. */
	boolean isValid(String token) {
		return tokens.peek(token, ReaderTokens.Purpose.RESET).isPresent();
	}

	/**
	 * Sets the new password if the link still works and the policy takes it.
	 * @return empty when the link was unknown, used or expired
	 * @throws PasswordRejected when the policy refuses the password; the link still works then
	 */
	Optional<Holder> reset(String token, String password) {
		Optional<Holder> holder = tokens.peek(token, ReaderTokens.Purpose.RESET).flatMap(this::holder);
		if (holder.isEmpty()) {
			return holder;
		}
		Holder h = holder.get();
		policy.check(password, h.username(), h.displayName(), h.email());
		if (tokens.redeem(token, ReaderTokens.Purpose.RESET).isEmpty()) {
			return Optional.empty();
		}
		accounts.changePassword(h.id(), password);
		signUp.markConfirmed(h.id());
		throttle.succeeded(h.username());
		sessions.signOutEverywhere(h.username());
		log.info("Password reset by mailed link: user={}", SignInOutcomes.printable(h.username()));
		return holder;
	}

	private Optional<Holder> holder(String address) {
		return jdbc.sql("select id, username, display_name, email from accounts where email = ? and enabled = true")
			.params(address)
			.query((rs, n) -> new Holder(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("email")))
			.optional();
	}

	private Optional<Holder> holder(long id) {
		return jdbc.sql("select id, username, display_name, email from accounts where id = ? and enabled = true and email is not null")
			.params(id)
			.query((rs, n) -> new Holder(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("email")))
			.optional();
	}

	@PreDestroy
	void stop() {
		mailer.shutdown();
	}
}
