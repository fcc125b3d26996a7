package kr.cjournal.people;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.cjournal.newsroom.MentionLinker;

/**
 * Links and records the directory's people and organisations in stories. The matcher is built
 * from the whole directory on first use and again after the directory changes, never per story.
 * Names the linker cannot decide go to the desk as {@link SameNameReviews}.
 */
@Component
class MentionLinking implements MentionLinker {

	private static final Logger log = LoggerFactory.getLogger(MentionLinking.class);

	private final JdbcClient jdbc;

	private final SameNameReviews reviews;

	private final JdbcTemplate jdbcTemplate;

	private final ApplicationEventPublisher events;

	/** Mentions of one person or organisation in one field that are recorded; more are the same story again. */
	static final int MENTIONS_KEPT = 20;

	private volatile MentionMatcher matcher;

	MentionLinking(JdbcClient jdbc, JdbcTemplate jdbcTemplate, SameNameReviews reviews,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.reviews = reviews;
		this.events = events;
	}

	@Override
	public Links prepare(Story story) {
		return mentions(story);
	}

	@Override
	public void record(long articleId, OffsetDateTime publishedAt, Story story) {
		StoryMentions found = mentions(story);
		jdbc.sql("delete from mentions where article_id = ?").params(articleId).update();
		// The first few mentions of each name per field: every reader of the table counts stories, and a
		// story repeating a name thousands of times must not make thousands of rows (nor their co-mention join).
		Map<List<Object>, Integer> counted = new HashMap<>();
		List<StoryMentions.Mention> firsts = found.mentions()
			.stream()
			.filter(mention -> counted.merge(List.of(mention.entity().kind(), mention.entity().id(), mention.field()), 1,
					Integer::sum) <= MENTIONS_KEPT)
			.toList();
		// One batch, not a statement per mention: a long story names dozens, relinking does it for all.
		jdbcTemplate.batchUpdate("""
				insert into mentions (article_id, person_id, organization_id, field, surface, start_offset, published_at)
				values (?, ?, ?, ?, ?, ?, ?)""", firsts.stream().map(mention -> {
			boolean person = mention.entity().kind() == NamedEntity.Kind.PERSON;
			return new Object[] { articleId, person ? mention.entity().id() : null, person ? null : mention.entity().id(),
					mention.field().name(), mention.surface(), mention.start(), publishedAt };
		}).toList());
		reviews.ask(articleId, found.undecided());
		events.publishEvent(new MentionsChanged(articleId));
	}

	/**
	 * New stories of an import: no earlier mentions to replace, no earlier answers of the desk to
	 * apply, so the mentions found while rendering go in as one batch for the whole lot; only
	 * stories with a name to decide ask the desk. Reader pages learn of the stories from the
	 * newsroom's change feed, so no {@link MentionsChanged} goes out per story.
	 */
	@Override
	public void recordNew(List<NewStory> stories) {
		List<Object[]> rows = new java.util.ArrayList<>();
		for (NewStory story : stories) {
			StoryMentions found = story.links() instanceof StoryMentions prepared ? prepared : mentions(story.story());
			Map<List<Object>, Integer> counted = new HashMap<>();
			for (StoryMentions.Mention mention : found.mentions()) {
				if (counted.merge(List.of(mention.entity().kind(), mention.entity().id(), mention.field()), 1,
						Integer::sum) > MENTIONS_KEPT) {
					continue;
				}
				boolean person = mention.entity().kind() == NamedEntity.Kind.PERSON;
				rows.add(new Object[] { story.articleId(), person ? mention.entity().id() : null,
						person ? null : mention.entity().id(), mention.field().name(), mention.surface(), mention.start(),
						story.publishedAt() });
			}
			if (!found.undecided().isEmpty()) {
				reviews.ask(story.articleId(), found.undecided());
			}
		}
		jdbcTemplate.batchUpdate("""
				insert into mentions (article_id, person_id, organization_id, field, surface, start_offset, published_at)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	@Override
	public void forget(long articleId) {
		jdbc.sql("delete from mentions where article_id = ?").params(articleId).update();
		reviews.withdraw(articleId);
		events.publishEvent(new MentionsChanged(articleId));
	}

	/**
	 * Forgets the matcher once a directory change commits, and the next story builds a new one;
	 * entries only added (an import's) are added to the matcher instead.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	synchronized void reload(DirectoryChanged changed) {
		MentionMatcher current = matcher;
		matcher = current != null && changed.added() != null ? current.plus(changed.added()) : null;
	}

	private StoryMentions mentions(Story story) {
		Map<String, Long> choices = story.articleId() == null ? Map.of() : reviews.choices(story.articleId());
		return new StoryMentions(matcher(), story, choices);
	}

	private MentionMatcher matcher() {
		MentionMatcher current = matcher;
		if (current == null) {
			synchronized (this) {
				current = matcher;
				if (current == null) {
					long started = System.nanoTime();
					current = DirectorySnapshot.matcher(jdbc);
					matcher = current;
					log.info("Built the mention matcher: {} names in {} ms", current.surfaces(),
							(System.nanoTime() - started) / 1_000_000);
				}
			}
		}
		return current;
	}
}
