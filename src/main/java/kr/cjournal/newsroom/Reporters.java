package kr.cjournal.newsroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The newsroom's reporters as they appear in bylines. */
@Component
public class Reporters {

	private static final String COLUMNS = "select id, name, email, username from reporters";

	private final JdbcClient jdbc;

	Reporters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Reporter> findById(long id) {
		return jdbc.sql(COLUMNS + " where id = ?").params(id).query(Reporters::reporter).optional();
	}

	public Optional<Reporter> findByUsername(String username) {
		return jdbc.sql(COLUMNS + " where username = ?").params(username).query(Reporters::reporter).optional();
	}

	/** Everyone who may be bylined, by name. */
	public List<Reporter> all() {
		return jdbc.sql(COLUMNS + " order by name").query(Reporters::reporter).list();
	}

	List<Reporter> findAll(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Reporter> found = jdbc.sql(COLUMNS + " where id in (:ids)").param("ids", ids).query(Reporters::reporter).list();
		return ids.stream().flatMap(id -> found.stream().filter(r -> r.id() == id)).toList();
	}

	/**
	 * A byline without a staff account: a contributor who writes for the paper, or a reporter
	 * of an imported archive who never signs in. A staff account later made with the same e-mail
	 * takes it over.
	 */
	public Reporter create(String name, String email) {
		return create(name, email, null);
	}

	Reporter create(String name, String email, String username) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into reporters (name, email, username) values (?, ?, ?)")
			.params(name, email, username)
			.update(key, "id");
		return new Reporter(key.getKeyAs(Long.class), name, email, username);
	}

	/**
	 * The byline of a staff account: updated when it exists; an account-less byline with the same
	 * e-mail (a reporter who wrote before getting an account) becomes theirs; else a new one.
	 */
	Reporter saveForAccount(String username, String name, String email) {
		int updated = jdbc.sql("update reporters set name = ?, email = ? where username = ?")
			.params(name, email, username)
			.update();
		if (updated == 0) {
			updated = jdbc.sql("""
					update reporters set name = ?, username = ?
					where id = (select min(id) from reporters where username is null and lower(email) = lower(?))""")
				.params(name, username, email)
				.update();
		}
		return updated == 1 ? findByUsername(username).orElseThrow() : create(name, email, username);
	}

	static Reporter reporter(ResultSet rs, int row) throws SQLException {
		return new Reporter(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("username"));
	}
}
