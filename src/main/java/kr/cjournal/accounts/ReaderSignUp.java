package kr.cjournal.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readers joining: the rules for their e-mail address, nickname and password, the account (user
 * name = the e-mail address lower-cased, display name = the nickname, only {@link Role#READER})
 * with its {@code reader_profiles} row, and confirming the address by a link sent to it.
 * Readers are not staff: no {@link StaffAccountSaved} is published for them.
 */
@Component
public class ReaderSignUp {

	static final int MAX_EMAIL_LENGTH = 200;

	static final String EMAIL_TAKEN = "이미 가입된 이메일입니다.";

	static final String NICKNAME_TAKEN = "이미 쓰이는 닉네임입니다. 다른 닉네임을 정해 주세요.";

	// ASCII only, as mail systems take it: letters, digits and ._%+- before the @, host labels after.
	private static final Pattern EMAIL = Pattern.compile(
			"[a-z0-9_%+-]+(\\.[a-z0-9_%+-]+)*@[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final ObjectProvider<NicknameCheck> checks;

	private final ReaderTokens tokens;

	private final ReaderMail mail;

	private final ReaderSettings settings;

	private final Readers readers;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ReaderSignUp(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, ObjectProvider<NicknameCheck> checks,
			ReaderTokens tokens, ReaderMail mail, ReaderSettings settings, Readers readers, ObjectProvider<Clock> clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.policy = policy;
		this.checks = checks;
		this.tokens = tokens;
		this.mail = mail;
		this.settings = settings;
		this.readers = readers;
		this.clock = clock.getIfUnique(Clock::systemUTC);
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * What is wrong with a sign-up, field by field ({@code email}, {@code nickname},
	 * {@code password}) in Korean; empty when it would go ahead.
	 */
	public Map<String, String> problems(String email, String nickname, String password) {
		Map<String, String> problems = new LinkedHashMap<>();
		String address = StaffRules.normalize(email);
		emailProblem(address).ifPresent(p -> problems.put("email", p));
		String name = NicknameRules.clean(nickname);
		nicknameProblem(name).ifPresent(p -> problems.put("nickname", p));
		policy.problem(password, address, name).ifPresent(p -> problems.put("password", p));
		return problems;
	}

	/** Why the nickname may not be used (the rules, taken, then every {@link NicknameCheck}), or empty. */
	public Optional<String> nicknameProblem(String nickname) {
		String name = NicknameRules.clean(nickname);
		return NicknameRules.problem(name)
			.or(() -> nicknameTaken(name) ? Optional.of(NICKNAME_TAKEN) : Optional.empty())
			.or(() -> checks.orderedStream().map(check -> check.problem(name)).flatMap(Optional::stream).findFirst());
	}

	/**
	 * Creates the reader and mails them the link confirming their address.
	 * @throws SignUpRefused naming each field at fault; nothing is saved then
	 */
	public Reader signUp(String email, String nickname, String password) {
		Map<String, String> problems = problems(email, nickname, password);
		if (!problems.isEmpty()) {
			throw new SignUpRefused(problems);
		}
		String address = StaffRules.normalize(email);
		String name = NicknameRules.clean(nickname);
		long id;
		try {
			id = transaction.execute(status -> insert(address, name, password));
		}
		catch (DuplicateKeyException raced) {
			// Someone took the address or the nickname between the check and the insert.
			throw new SignUpRefused(emailTaken(address) ? Map.of("email", EMAIL_TAKEN) : Map.of("nickname", NICKNAME_TAKEN));
		}
		Reader reader = readers.byId(id).orElseThrow();
		sendConfirmation(reader);
		return reader;
	}

	/**
	 * Creates a reader whose address is known to be theirs already (the demo's readers, readers
	 * moved from another site): the same rules as sign-up, no mail, confirmed at once.
	 * @throws SignUpRefused naming each field at fault; nothing is saved then
	 */
	public Reader addConfirmed(String email, String nickname, String password) {
		Map<String, String> problems = problems(email, nickname, password);
		if (!problems.isEmpty()) {
			throw new SignUpRefused(problems);
		}
		long id = transaction.execute(status -> {
			long created = insert(StaffRules.normalize(email), NicknameRules.clean(nickname), password);
			markConfirmed(created);
			return created;
		});
		return readers.byId(id).orElseThrow();
	}

	/** Mails the reader a new confirmation link; earlier ones stop working. False when the mail failed. */
	public boolean sendConfirmation(Reader reader) {
		String token = tokens.issue(reader.accountId(), ReaderTokens.Purpose.CONFIRM, settings.confirmValidity());
		return mail.confirmation(reader.email(), reader.nickname(), token, settings.confirmValidity().toHours());
	}

	/** Whether the confirmation link still works (unknown, used and expired ones do not); uses nothing up. */
	public boolean confirmable(String token) {
		return tokens.peek(token, ReaderTokens.Purpose.CONFIRM).isPresent();
	}

	/** Confirms the address the link was sent to; empty when the link is unknown, used or expired. */
	@Transactional
	public Optional<Reader> confirm(String token) {
		return tokens.redeem(token, ReaderTokens.Purpose.CONFIRM).flatMap(id -> {
			markConfirmed(id);
			return readers.byId(id);
		});
	}

	/** Following any link sent to the address proves it is the reader's. */
	void markConfirmed(long accountId) {
		jdbc.sql("update reader_profiles set email_confirmed_at = ? where account_id = ? and email_confirmed_at is null")
			.params(OffsetDateTime.now(clock), accountId)
			.update();
	}

	/** The account and its profile, in the caller's transaction. */
	private long insert(String address, String nickname, String password) {
		jdbc.sql("insert into accounts (username, password_hash, display_name, email, roles) values (?, ?, ?, ?, ?)")
			.params(address, passwords.encode(password), nickname, address, Role.READER.name())
			.update();
		long id = jdbc.sql("select id from accounts where username = ?").params(address).query(Long.class).single();
		jdbc.sql("insert into reader_profiles (account_id, nickname, nickname_key) values (?, ?, ?)")
			.params(id, nickname, Readers.nicknameKey(nickname))
			.update();
		return id;
	}

	private Optional<String> emailProblem(String address) {
		if (address.isEmpty()) {
			return Optional.of("이메일 주소를 입력해 주세요.");
		}
		if (address.length() > MAX_EMAIL_LENGTH) {
			return Optional.of("이메일 주소는 " + MAX_EMAIL_LENGTH + "자 이하여야 합니다.");
		}
		if (!EMAIL.matcher(address).matches()) {
			return Optional.of("이메일 주소가 올바르지 않습니다. 예: reader@example.com");
		}
		return emailTaken(address) ? Optional.of(EMAIL_TAKEN) : Optional.empty();
	}

	/** Against every account, staff too: their e-mail addresses and their user names. */
	private boolean emailTaken(String address) {
		return jdbc.sql("select count(*) from accounts where email = ? or username = ?")
			.params(address, address)
			.query(Long.class)
			.single() > 0;
	}

	private boolean nicknameTaken(String nickname) {
		return jdbc.sql("select count(*) from reader_profiles where nickname_key = ?")
			.params(Readers.nicknameKey(nickname))
			.query(Long.class)
			.single() > 0;
	}

}
