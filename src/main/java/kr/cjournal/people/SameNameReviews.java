package kr.cjournal.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.cjournal.newsroom.MentionReviews;

/**
 * 동명이인 the linker left to the desk (table mention_reviews). A review is asked once per story
 * and name; the desk's answer (a person, or nobody) is kept and used whenever the story is
 * linked again.
 */
@Component
class SameNameReviews implements MentionReviews {

	private static final String COLUMNS = "select id, article_id, surface, candidate_ids from mention_reviews";

	private final JdbcClient jdbc;

	private final Clock clock;

	SameNameReviews(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Review> open() {
		return reviews(jdbc.sql(COLUMNS + " where resolved_at is null order by created_at, id"));
	}

	@Override
	public List<Review> openFor(long articleId) {
		return reviews(jdbc.sql(COLUMNS + " where resolved_at is null and article_id = ? order by id").params(articleId));
	}

	@Override
	@Transactional
	public OptionalLong resolve(long reviewId, Long personId, String by) {
		List<Review> found = reviews(jdbc.sql(COLUMNS + " where id = ? and resolved_at is null").params(reviewId));
		if (found.isEmpty() || (personId != null
				&& found.get(0).candidates().stream().noneMatch(c -> c.personId() == personId))) {
			return OptionalLong.empty();
		}
		jdbc.sql("update mention_reviews set resolved_at = ?, resolved_by = ?, chosen_person_id = ? where id = ?")
			.params(OffsetDateTime.now(clock), by, personId, reviewId)
			.update();
		return OptionalLong.of(found.get(0).articleId());
	}

	/** The desk's answers for a story: name → chosen person, 0 for nobody. */
	Map<String, Long> choices(long articleId) {
		Map<String, Long> choices = new HashMap<>();
		jdbc.sql("select surface, chosen_person_id from mention_reviews where article_id = ? and resolved_at is not null")
			.params(articleId)
			.query(rs -> {
				long chosen = rs.getLong("chosen_person_id");
				choices.put(rs.getString("surface"), rs.wasNull() ? 0L : chosen);
			});
		return choices;
	}

	/** Asks the desk about names not asked before; open questions the story no longer raises go. */
	void ask(long articleId, List<StoryMentions.Undecided> undecided) {
		Set<String> asked = new HashSet<>(jdbc.sql("select surface from mention_reviews where article_id = ?")
			.params(articleId)
			.query(String.class)
			.list());
		Set<String> current = new HashSet<>();
		for (StoryMentions.Undecided name : undecided) {
			current.add(name.surface());
			if (!asked.contains(name.surface())) {
				jdbc.sql("insert into mention_reviews (article_id, surface, candidate_ids, created_at) values (?, ?, ?, ?)")
					.params(articleId, name.surface(), String.join(",", name.candidateIds().stream().map(String::valueOf).toList()),
							OffsetDateTime.now(clock))
					.update();
			}
		}
		asked.removeAll(current);
		for (String gone : asked) {
			jdbc.sql("delete from mention_reviews where article_id = ? and surface = ? and resolved_at is null")
				.params(articleId, gone)
				.update();
		}
	}

	/** The story left the site: nothing to ask about it any more (answers are kept). */
	void withdraw(long articleId) {
		jdbc.sql("delete from mention_reviews where article_id = ? and resolved_at is null").params(articleId).update();
	}

	/** Reviews with their candidates described, in two queries. */
	private List<Review> reviews(JdbcClient.StatementSpec statement) {
		record Row(long id, long articleId, String surface, List<Long> candidates) {
		}
		List<Row> rows = statement.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("article_id"),
				rs.getString("surface"),
				Arrays.stream(rs.getString("candidate_ids").split(",")).map(String::strip).map(Long::valueOf).toList()))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Candidate> people = new HashMap<>();
		jdbc.sql("""
				select pe.id, pe.name,
				       (select o.name || ' ' || p.title from positions p join organizations o on o.id = p.organization_id
				        where p.person_id = pe.id order by case when p.ended_on is null then 0 else 1 end, p.id limit 1)
				       as description
				from people pe where pe.id in (:ids)""")
			.param("ids", rows.stream().flatMap(r -> r.candidates().stream()).distinct().toList())
			.query(rs -> {
				people.put(rs.getLong("id"),
						new Candidate(rs.getLong("id"), rs.getString("name"), rs.getString("description")));
			});
		List<Review> reviews = new ArrayList<>(rows.size());
		for (Row row : rows) {
			reviews.add(new Review(row.id(), row.articleId(), row.surface(),
					row.candidates().stream().filter(people::containsKey).map(people::get).toList()));
		}
		return reviews;
	}
}
