package kr.cjournal.people;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every person and organisation by id, for sitemaps and exports: how many there are and their ids
 * in keyset pages, so memory stays flat however large the directory grows. Read-only.
 */
@Component
public class DirectoryIndex {

	/** Ids fetched per keyset page. */
	private static final int PAGE = 5_000;

	private final JdbcClient jdbc;

	DirectoryIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Person pages ({@code people}) or company pages ({@code organizations}). */
	public enum Kind {
		PEOPLE("people", "/people/"), ORGANIZATIONS("organizations", "/company/");

		private final String table;

		private final String path;

		Kind(String table, String path) {
			this.table = table;
			this.path = path;
		}

		/** Where a reader finds an entry of this kind: the path before its id. */
		public String path() {
			return path;
		}
	}

	/** How many entries there are, the highest id and the newest creation time: what a sitemap's ETag is made of. */
	public record Size(long count, long maxId, OffsetDateTime newest) {
	}

	public Size size(Kind directory) {
		return jdbc.sql("select count(*) as n, coalesce(max(id), 0) as max_id, max(created_at) as newest from "
				+ directory.table)
			.query((rs, n) -> new Size(rs.getLong("n"), rs.getLong("max_id"),
					rs.getObject("newest", OffsetDateTime.class)))
			.single();
	}

	/** A person as a list shows them: id and name. */
	public record Named(long id, String name) {

		public String url() {
			return "/people/" + id;
		}
	}

	/** Up to {@code limit} people with ids above {@code afterId}, lowest id first: one query a keyset page. */
	public List<Named> peopleAfter(long afterId, int limit) {
		return jdbc.sql("select id, name from people where id > ? order by id limit ?")
			.params(afterId, limit)
			.query((rs, n) -> new Named(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** Up to {@code limit} ids in order after skipping {@code skip}, in keyset pages. */
	public void ids(Kind directory, long skip, int limit, Consumer<Long> sink) {
		long after = 0;
		if (skip > 0) {
			Long start = jdbc.sql("select id from " + directory.table + " order by id limit 1 offset ?")
				.params(skip - 1)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (start == null) {
				return;
			}
			after = start;
		}
		int left = limit;
		while (left > 0) {
			List<Long> page = jdbc.sql("select id from " + directory.table + " where id > ? order by id limit ?")
				.params(after, Math.min(PAGE, left))
				.query(Long.class)
				.list();
			page.forEach(sink);
			if (page.size() < Math.min(PAGE, left)) {
				return;
			}
			left -= page.size();
			after = page.get(page.size() - 1);
		}
	}
}
