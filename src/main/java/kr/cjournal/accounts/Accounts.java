package kr.cjournal.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Staff and reader accounts. */
@Component
public class Accounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	public Optional<Account> findByUsername(String username) {
		return jdbc.sql("select id, username, display_name, roles, enabled from accounts where username = ?")
			.params(username)
			.query((rs, n) -> new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					parseRoles(rs.getString("roles")), rs.getBoolean("enabled")))
			.optional();
	}

	/** Whether the password is the account's; false for unknown or disabled accounts. */
	public boolean passwordMatches(String username, String rawPassword) {
		return jdbc.sql("select password_hash from accounts where username = ? and enabled = true")
			.params(username)
			.query(String.class)
			.optional()
			.map(hash -> passwords.matches(rawPassword, hash))
			.orElse(false);
	}

	boolean exists(String username) {
		return jdbc.sql("select count(*) from accounts where username = ?").params(username).query(Long.class).single() > 0;
	}

	void create(String username, String displayName, String rawPassword, Set<Role> roles) {
		jdbc.sql("insert into accounts (username, password_hash, display_name, roles) values (?, ?, ?, ?)")
			.params(username, passwords.encode(rawPassword), displayName,
					roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
			.update();
	}

	private static Set<Role> parseRoles(String roles) {
		Set<Role> result = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).map(Role::valueOf).forEach(result::add);
		return result;
	}
}
