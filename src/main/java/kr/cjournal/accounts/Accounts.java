package kr.cjournal.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff and reader accounts. Every change to a staff account is published as
 * {@link StaffAccountSaved}; password hashes never leave this class.
 */
@Component
public class Accounts {

	private static final String COLUMNS = "id, username, display_name, email, roles, enabled, created_at";

	private static final RowMapper<StaffMember> STAFF = (rs, n) -> new StaffMember(rs.getLong("id"),
			rs.getString("username"), rs.getString("display_name"), rs.getString("email"), parseRoles(rs.getString("roles")),
			rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	private final ApiTokens tokens;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords, PasswordPolicy policy, ApplicationEventPublisher events,
			ApiTokens tokens) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.policy = policy;
		this.events = events;
		this.tokens = tokens;
	}

	public Optional<Account> findByUsername(String username) {
		return findStaff(username).map(StaffMember::account);
	}

	/** Whether the password is the account's; false for unknown or disabled accounts. */
	public boolean passwordMatches(String username, String rawPassword) {
		return jdbc.sql("select password_hash from accounts where username = ? and enabled = true")
			.params(StaffRules.normalize(username))
			.query(String.class)
			.optional()
			.map(hash -> passwords.matches(rawPassword, hash))
			.orElse(false);
	}

	/**
	 * Creates an enabled staff account.
	 * @throws IllegalArgumentException, with a Korean message, when a field or the password breaks
	 * the rules or the user name or e-mail address is taken
	 */
	@Transactional
	public Account createStaff(String username, String displayName, String email, String rawPassword, Set<Role> roles) {
		String name = StaffRules.normalize(username);
		String address = StaffRules.normalize(email);
		StaffRules.usernameProblem(name)
			.or(() -> StaffRules.displayNameProblem(displayName))
			.or(() -> StaffRules.emailProblem(address))
			.or(() -> StaffRules.rolesProblem(roles))
			.or(() -> exists(name) ? Optional.of("이미 있는 아이디입니다.") : Optional.empty())
			.or(() -> emailTaken(address, -1) ? Optional.of("다른 직원이 쓰는 이메일 주소입니다.") : Optional.empty())
			.ifPresent(problem -> {
				throw new IllegalArgumentException(problem);
			});
		policy.check(rawPassword, name, displayName, address);
		return insert(name, displayName.strip(), address, rawPassword, roles).account();
	}

	/** Saves a new account without checking the password policy: the caller has decided about it. */
	@Transactional
	StaffMember insert(String username, String displayName, String email, String rawPassword, Set<Role> roles) {
		jdbc.sql("insert into accounts (username, password_hash, display_name, email, roles) values (?, ?, ?, ?, ?)")
			.params(username, passwords.encode(rawPassword), displayName, email, formatRoles(roles))
			.update();
		StaffMember member = findStaff(username).orElseThrow();
		events.publishEvent(member.saved());
		return member;
	}

	/** Changes what an administrator may change; publishes the result. Disabling revokes the API tokens. */
	@Transactional
	StaffMember update(long id, String displayName, String email, Set<Role> roles, boolean enabled) {
		jdbc.sql("update accounts set display_name = ?, email = ?, roles = ?, enabled = ?, updated_at = ? where id = ?")
			.params(displayName.strip(), email == null || email.isBlank() ? null : StaffRules.normalize(email),
					formatRoles(roles), enabled, now(), id)
			.update();
		if (!enabled) {
			// Enabling the account again later must not bring back the tokens of the time before.
			tokens.revokeAll(id);
		}
		StaffMember member = findStaff(id).orElseThrow();
		events.publishEvent(member.saved());
		return member;
	}

	/**
	 * Sets a new password after checking it against the policy with the member's own details, and
	 * revokes the account's API tokens: whoever may have known the old password may have made them.
	 * The caller ends the account's sessions.
	 */
	@Transactional
	void changePassword(long id, String rawPassword) {
		StaffMember member = findStaff(id).orElseThrow();
		policy.check(rawPassword, member.username(), member.displayName(), member.email());
		jdbc.sql("update accounts set password_hash = ?, updated_at = ? where id = ?")
			.params(passwords.encode(rawPassword), now(), id)
			.update();
		tokens.revokeAll(id);
	}

	/** Stores the same password under the current hash, when it was kept under an older one. */
	void rehash(String username, String encodedPassword) {
		jdbc.sql("update accounts set password_hash = ? where username = ?")
			.params(encodedPassword, StaffRules.normalize(username))
			.update();
	}

	boolean exists(String username) {
		return jdbc.sql("select count(*) from accounts where username = ?")
			.params(StaffRules.normalize(username))
			.query(Long.class)
			.single() > 0;
	}

	boolean emailTaken(String email, long exceptId) {
		return jdbc.sql("select count(*) from accounts where email = ? and id <> ?")
			.params(StaffRules.normalize(email), exceptId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<StaffMember> findStaff(long id) {
		return jdbc.sql("select " + COLUMNS + " from accounts where id = ?").params(id).query(STAFF).optional();
	}

	Optional<StaffMember> findStaff(String username) {
		return jdbc.sql("select " + COLUMNS + " from accounts where username = ?")
			.params(StaffRules.normalize(username))
			.query(STAFF)
			.optional();
	}

	/** Accounts holding a staff role, enabled first, then by name. */
	List<StaffMember> staff() {
		return jdbc.sql("select " + COLUMNS + " from accounts order by enabled desc, display_name, username")
			.query(STAFF)
			.list()
			.stream()
			.filter(m -> m.roles().stream().anyMatch(StaffRules.STAFF_ROLES::contains))
			.toList();
	}

	/** The stored hash and what it unlocks, for signing in; empty for unknown user names. */
	Optional<Credentials> credentials(String username) {
		return jdbc.sql("select username, password_hash, roles, enabled from accounts where username = ?")
			.params(StaffRules.normalize(username))
			.query((rs, n) -> new Credentials(rs.getString("username"), rs.getString("password_hash"),
					parseRoles(rs.getString("roles")), rs.getBoolean("enabled")))
			.optional();
	}

	record Credentials(String username, String passwordHash, Set<Role> roles, boolean enabled) {
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	private static String formatRoles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	static Set<Role> parseRoles(String roles) {
		Set<Role> result = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).map(Role::valueOf).forEach(result::add);
		return result;
	}
}
