package kr.cjournal.newsroom;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The newsroom's reporters as they appear in bylines. */
@Component
public class Reporters {

	private final JdbcClient jdbc;

	Reporters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Reporter> findById(long id) {
		return jdbc.sql("select id, name, email from reporters where id = ?")
			.params(id)
			.query((rs, n) -> new Reporter(rs.getLong("id"), rs.getString("name"), rs.getString("email")))
			.optional();
	}

	Reporter create(String name, String email) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into reporters (name, email) values (?, ?)").params(name, email).update(key, "id");
		return new Reporter(key.getKeyAs(Long.class), name, email);
	}
}
