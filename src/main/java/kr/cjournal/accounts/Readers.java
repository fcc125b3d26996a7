package kr.cjournal.accounts;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reader accounts as other modules see them: looked up by account, user name or nickname. */
@Component
public class Readers {

	private static final String SELECT = "select a.id, a.email, p.nickname, p.email_confirmed_at, p.created_at "
			+ "from reader_profiles p join accounts a on a.id = p.account_id ";

	private static final RowMapper<Reader> READER = (rs, n) -> new Reader(rs.getLong("id"), rs.getString("email"),
			rs.getString("nickname"), rs.getObject("email_confirmed_at", OffsetDateTime.class) != null,
			rs.getObject("created_at", OffsetDateTime.class));

	private final JdbcClient jdbc;

	Readers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Reader> byId(long accountId) {
		return jdbc.sql(SELECT + "where a.id = ? and a.enabled = true").params(accountId).query(READER).optional();
	}

	/** The signed-in reader, by the user name their session or {@link Actor} carries. */
	public Optional<Reader> byUsername(String username) {
		if (username == null) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + "where a.username = ? and a.enabled = true")
			.params(StaffRules.normalize(username))
			.query(READER)
			.optional();
	}

	public Optional<Reader> byNickname(String nickname) {
		if (nickname == null) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + "where p.nickname_key = ? and a.enabled = true")
			.params(nicknameKey(nickname))
			.query(READER)
			.optional();
	}

	/** The readers of the given accounts, in one query, keyed by account id; unknown ids are left out. */
	public Map<Long, Reader> byIds(Collection<Long> accountIds) {
		Map<Long, Reader> readers = new LinkedHashMap<>();
		if (accountIds.isEmpty()) {
			return readers;
		}
		List<Reader> found = jdbc.sql(SELECT + "where a.id in (:ids)").param("ids", List.copyOf(accountIds)).query(READER).list();
		found.forEach(reader -> readers.put(reader.accountId(), reader));
		return readers;
	}

	/** A nickname as compared for uniqueness: NFKC, lower case, without white space. */
	public static String nicknameKey(String nickname) {
		return java.text.Normalizer.normalize(nickname, java.text.Normalizer.Form.NFKC)
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("\\s+", "");
	}
}
