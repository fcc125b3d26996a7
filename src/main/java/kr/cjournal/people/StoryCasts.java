package kr.cjournal.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who the directory knows in each of a batch of stories, for exports and integrators: each person
 * and organisation once, in the order the story first names them, in one query for any batch.
 */
@Component
public class StoryCasts {

	/**
	 * A person or organisation of the directory named in a story; {@code listing} is where a listed
	 * company's shares trade, null for people and organisations that are not listed.
	 */
	public record Named(long id, String name, Organization.Listing listing) {

		public Named(long id, String name) {
			this(id, name, null);
		}
	}

	/** The people and organisations a story names. */
	public record Cast(List<Named> people, List<Named> organisations) {

		public static final Cast NONE = new Cast(List.of(), List.of());
	}

	private final JdbcClient jdbc;

	StoryCasts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The cast of every story asked for that names anyone; stories naming nobody are left out. */
	public Map<Long, Cast> of(Collection<Long> articleIds) {
		Map<Long, Cast> casts = new HashMap<>();
		if (articleIds.isEmpty()) {
			return casts;
		}
		jdbc.sql("""
				select m.article_id, m.person_id, p.name as person_name, m.organization_id, o.name as organization_name,
				       o.stock_code, o.stock_market, min(m.id) as first_mention
				from mentions m
				left join people p on p.id = m.person_id
				left join organizations o on o.id = m.organization_id
				where m.article_id in (:ids)
				group by m.article_id, m.person_id, p.name, m.organization_id, o.name, o.stock_code, o.stock_market
				order by m.article_id, first_mention""")
			.param("ids", List.copyOf(articleIds))
			.query(rs -> {
				Cast cast = casts.computeIfAbsent(rs.getLong("article_id"), k -> new Cast(new ArrayList<>(), new ArrayList<>()));
				long personId = rs.getLong("person_id");
				if (!rs.wasNull()) {
					cast.people().add(new Named(personId, rs.getString("person_name")));
				}
				else {
					cast.organisations().add(new Named(rs.getLong("organization_id"), rs.getString("organization_name"),
							Directory.listing(rs.getString("stock_code"), rs.getString("stock_market"))));
				}
			});
		casts.replaceAll((id, cast) -> new Cast(List.copyOf(cast.people()), List.copyOf(cast.organisations())));
		return casts;
	}
}
