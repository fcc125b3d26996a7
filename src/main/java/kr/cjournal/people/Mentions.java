package kr.cjournal.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.cjournal.core.Kst;
import kr.cjournal.core.Page;

/**
 * What the mentions of published stories say about the directory: which stories name a person or
 * an organisation, who appears together, who was in the news this week. Every method is one
 * query, and counts distinct stories, not occurrences.
 */
@Component
public class Mentions {

	/** A story that mentions someone, by its id and first publication. */
	public record MentionedStory(long articleId, OffsetDateTime publishedAt) {
	}

	/** A person named in the same stories, and in how many. */
	public record CoMention(long personId, String name, long stories) {

		public String url() {
			return "/people/" + personId;
		}
	}

	/** A person ({@code type} person) or organisation ({@code type} organization) and how many stories named it. */
	public record Count(String type, long id, String name, long stories) {

		public String url() {
			return ("person".equals(type) ? "/people/" : "/company/") + id;
		}
	}

	private static final String STORIES = """
			select article_id, published_at, count(*) over () as total from (
			  select article_id, max(published_at) as published_at from mentions where %s = ? group by article_id
			) m order by published_at desc, article_id desc limit ? offset ?""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Mentions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stories that mention the person, newest first; {@code page} counts from 1. */
	public Page<MentionedStory> storiesMentioningPerson(long personId, int page, int size) {
		return stories("person_id", personId, page, size);
	}

	/** Stories that mention the organisation, newest first; {@code page} counts from 1. */
	public Page<MentionedStory> storiesMentioningOrganization(long organizationId, int page, int size) {
		return stories("organization_id", organizationId, page, size);
	}

	/**
	 * The ids of at most {@code cap} stories that mention the person, newest first by first
	 * publication: one query, for another module to narrow its own lists with.
	 */
	public List<Long> articleIdsMentioningPerson(long personId, int cap) {
		return jdbc.sql("select article_id from mentions where person_id = ? group by article_id"
				+ " order by max(published_at) desc, article_id desc limit ?")
			.params(personId, cap)
			.query(Long.class)
			.list();
	}

	/** The people most often named in the same stories as this person (함께 언급된 인물), most first. */
	public List<CoMention> coMentioned(long personId, int limit) {
		return jdbc.sql("""
				select p.id, p.name, count(distinct other.article_id) as stories
				from mentions mine
				join mentions other on other.article_id = mine.article_id and other.person_id <> mine.person_id
				join people p on p.id = other.person_id
				where mine.person_id = ?
				group by p.id, p.name order by stories desc, p.name, p.id limit ?""")
			.params(personId, limit)
			.query((rs, n) -> new CoMention(rs.getLong("id"), rs.getString("name"), rs.getLong("stories")))
			.list();
	}

	/** The people named in most stories first published this week (see {@link #weekStart()}). */
	public List<Count> mostMentionedPeopleThisWeek(int limit) {
		return mostMentioned("person", "people", "person_id", limit);
	}

	/** The organisations named in most stories first published this week. */
	public List<Count> mostMentionedOrganizationsThisWeek(int limit) {
		return mostMentioned("organization", "organizations", "organization_id", limit);
	}

	/** Midnight KST six days ago: "this week" is today and the six days before it. */
	public OffsetDateTime weekStart() {
		return clock.instant().atZone(Kst.ZONE).toLocalDate().minusDays(6).atStartOfDay(Kst.ZONE).toOffsetDateTime();
	}

	private List<Count> mostMentioned(String type, String table, String column, int limit) {
		return jdbc.sql("select t.id, t.name, count(distinct m.article_id) as stories from mentions m join " + table
				+ " t on t.id = m." + column + " where m.published_at >= ? and m.published_at <= ?"
				+ " group by t.id, t.name order by stories desc, t.name, t.id limit ?")
			.params(weekStart(), clock.instant().atOffset(java.time.ZoneOffset.UTC), limit)
			.query((rs, n) -> new Count(type, rs.getLong("id"), rs.getString("name"), rs.getLong("stories")))
			.list();
	}

	private Page<MentionedStory> stories(String column, long id, int page, int size) {
		long[] total = { 0 };
		List<MentionedStory> items = jdbc.sql(STORIES.formatted(column))
			.params(id, size, (long) (page - 1) * size)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new MentionedStory(rs.getLong("article_id"), rs.getObject("published_at", OffsetDateTime.class));
			})
			.list();
		return new Page<>(items, page, size, total[0]);
	}
}
