package kr.cjournal.support;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes mention rows the way the linker does when a story is published, for tests of the pages
 * and lists that read them: the article must exist, and its first publication is copied.
 */
public final class Mentioned {

	private Mentioned() {
	}

	/** The person named once in the body of the article. */
	public static void person(JdbcClient jdbc, long articleId, long personId) {
		insert(jdbc, articleId, personId, null);
	}

	public static void organization(JdbcClient jdbc, long articleId, long organizationId) {
		insert(jdbc, articleId, null, organizationId);
	}

	/** Moves the article's first publication (and its mentions') to {@code at}. */
	public static void publishedAt(JdbcClient jdbc, long articleId, OffsetDateTime at) {
		jdbc.sql("update articles set published_at = ? where id = ?").params(at, articleId).update();
		jdbc.sql("update mentions set published_at = ? where article_id = ?").params(at, articleId).update();
	}

	public static long personNamed(JdbcClient jdbc, String name) {
		return jdbc.sql("select min(id) from people where name = ?").params(name).query(Long.class).single();
	}

	public static long organizationNamed(JdbcClient jdbc, String name) {
		return jdbc.sql("select min(id) from organizations where name = ?").params(name).query(Long.class).single();
	}

	private static void insert(JdbcClient jdbc, long articleId, Long personId, Long organizationId) {
		int inserted = jdbc.sql("""
				insert into mentions (article_id, person_id, organization_id, field, surface, start_offset, published_at)
				select a.id, ?, ?, 'BODY',
				       coalesce((select name from people where id = ?), (select name from organizations where id = ?)),
				       (select count(*) from mentions where article_id = a.id), a.published_at
				from articles a where a.id = ? and a.status = 'PUBLISHED'""")
			.params(personId, organizationId, personId, organizationId, articleId)
			.update();
		if (inserted != 1) {
			throw new IllegalArgumentException("No published article " + articleId);
		}
	}
}
