package kr.cjournal.newsroom;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.Refusal;

/**
 * Puts an archive from another system on the site, many stories at a time: the newsroom's side
 * of {@code java -jar cjournal.jar import}. Each story is checked like one the desk publishes
 * (the same limits and messages), rendered once with its mentions linked, and stored published
 * at the time it was first published there.
 * <p>
 * A batch is one transaction: its stories, their bylines, tags, photos, first revision, change
 * feed entries, source keys and old addresses are written together or not at all, so an import
 * killed at any moment leaves whole stories only, and its source keys tell the next run what
 * to skip. Rendering, the costly part, runs on every core before the transaction opens; the
 * writes are JDBC batches, a statement per table per batch rather than per story.
 */
@Component
public class ArchiveImport {

	/** How a story of a batch fared. */
	public record Outcome(ArchivedStory story, Long articleId, boolean existed, Refusal refusal) {

		public boolean stored() {
			return articleId != null && !existed;
		}
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Sections sections;

	private final Reporters reporters;

	private final PhotoFiles photos;

	private final StoryLinking linking;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean postgres;

	private final Map<String, Reporter> reportersByKey = new ConcurrentHashMap<>();

	private final Map<Long, Reporter> reportersById = new ConcurrentHashMap<>();

	ArchiveImport(JdbcClient jdbc, JdbcTemplate batch, Sections sections, Reporters reporters, PhotoFiles photos,
			StoryLinking linking, TransactionTemplate transactions, Clock clock, DataSource dataSource) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.sections = sections;
		this.reporters = reporters;
		this.photos = photos;
		this.linking = linking;
		this.transactions = transactions;
		this.clock = clock;
		this.postgres = kr.cjournal.core.Databases.isPostgres(dataSource);
	}

	/**
	 * The top-level section of that name, or its subsection {@code subName} when given; either is
	 * made when missing (its address from the name, see {@link SectionSlugs}). Desk only.
	 */
	public synchronized Section section(Actor actor, String name, String subName) {
		requireEditor(actor);
		Section top = child(null, name);
		return subName == null || subName.isBlank() ? top : child(top, subName);
	}

	private Section child(Section parent, String rawName) {
		String name = rawName == null ? "" : rawName.strip();
		if (name.isEmpty() || name.length() > 30 || name.codePoints().anyMatch(Character::isISOControl)) {
			throw NewsroomRefusal.invalid(parent == null ? "section" : "subsection", "섹션 이름은 30자 안으로 써 주세요.");
		}
		List<Section> siblings = parent == null ? sections.topLevel() : sections.childrenOf(parent);
		Optional<Section> named = siblings.stream().filter(s -> s.name().equals(name)).findFirst();
		if (named.isPresent()) {
			return named.get();
		}
		String base = SectionSlugs.of(name);
		String slug = base;
		for (int n = 2; taken(siblings, slug); n++) {
			slug = base + "-" + n;
		}
		return sections.create(parent, slug, name, siblings.size());
	}

	private static boolean taken(List<Section> siblings, String slug) {
		return siblings.stream().anyMatch(s -> s.slug().equals(slug));
	}

	/**
	 * The byline of that name and e-mail: an existing reporter with the e-mail (or, without one,
	 * the name) or a new one without a staff account.
	 */
	public Reporter reporter(String rawName, String rawEmail) {
		String name = rawName == null ? "" : rawName.strip();
		String email = rawEmail == null ? "" : rawEmail.strip();
		if (name.isEmpty() || name.length() > 40 || name.codePoints().anyMatch(Character::isISOControl)) {
			throw NewsroomRefusal.invalid("reporter_name", "기자 이름은 40자 안으로 써 주세요.");
		}
		if (email.length() > 200 || email.codePoints().anyMatch(Character::isISOControl)) {
			throw NewsroomRefusal.invalid("reporter_email", "기자 e-mail은 200자 안으로 써 주세요.");
		}
		String key = email.isEmpty() ? "name:" + name : "email:" + email.toLowerCase(Locale.ROOT);
		Reporter known = reportersByKey.get(key);
		if (known != null) {
			return known;
		}
		synchronized (this) {
			Reporter found = (email.isEmpty()
					? jdbc.sql("select id, name, email, username from reporters where name = ? order by id limit 1").params(name)
					: jdbc.sql("select id, name, email, username from reporters where lower(email) = ? order by id limit 1")
						.params(email.toLowerCase(Locale.ROOT)))
				.query(Reporters::reporter)
				.optional()
				.orElseGet(() -> reporters.create(name, email));
			reportersByKey.put(key, found);
			reportersById.put(found.id(), found);
			return found;
		}
	}

	/**
	 * Forgets the reporters remembered by an earlier run: each import starts from what the
	 * database holds now.
	 */
	public void startRun() {
		reportersByKey.clear();
		reportersById.clear();
	}

	/** The article each of these keys of {@code source} was imported as, when it was. */
	public Map<String, Long> imported(String source, Collection<String> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> found = new HashMap<>();
		jdbc.sql("select source_key, article_id from article_sources where source = :source and source_key in (:keys)")
			.param("source", source)
			.param("keys", keys)
			.query(rs -> {
				found.put(rs.getString(1), rs.getLong(2));
			});
		return found;
	}

	/**
	 * Stores the stories not imported before, as one transaction (desk only); answers each
	 * story's outcome in order. A story the newsroom refuses (too long a headline, no byline) is
	 * answered with the refusal and the others are stored.
	 */
	public List<Outcome> store(Actor actor, List<ArchivedStory> stories) {
		return store(prepare(actor, stories));
	}

	/**
	 * Starts checking and rendering the stories on every core and answers at once, so that the
	 * caller can store the batch before while this one renders; {@link #store(Batch)} finishes it.
	 */
	public Batch prepare(Actor actor, List<ArchivedStory> stories) {
		requireEditor(actor);
		int parts = Math.min(RENDERERS, Math.max(1, stories.size() / 16));
		int size = Math.max(1, (stories.size() + parts - 1) / parts);
		List<java.util.concurrent.Future<List<Prepared>>> futures = new ArrayList<>();
		for (int from = 0; from < stories.size(); from += size) {
			List<ArchivedStory> part = List.copyOf(stories.subList(from, Math.min(stories.size(), from + size)));
			futures.add(renderers().submit(() -> part.stream().map(this::prepare).toList()));
		}
		return new Batch(futures);
	}

	/** Writes a prepared batch as one transaction and answers each story's outcome in order. */
	public List<Outcome> store(Batch batch) {
		List<Prepared> prepared = batch.await();
		List<Outcome> outcomes;
		try {
			outcomes = transactions.execute(status -> write(prepared));
		}
		catch (DuplicateKeyException raced) {
			// An id chosen as free was taken meanwhile (a story written on the site, another import):
			// nothing of the batch was written; once more with what the database says now.
			outcomes = transactions.execute(status -> write(prepared));
		}
		finally {
			if (prepared.stream().anyMatch(p -> p.story().preferredId() != null)) {
				advanceIds();
			}
		}
		if (!postgres) {
			// H2 hands a commit to the file in the background, a second or more later; what the import
			// reports as imported must survive a kill -9, so the batch goes to the file now (to the
			// operating system, without waiting for the disk: a crash of the machine may still lose it).
			jdbc.sql("checkpoint").update();
		}
		return outcomes;
	}

	/** Stories being checked and rendered by {@link #prepare}. */
	public static final class Batch {

		private final List<java.util.concurrent.Future<List<Prepared>>> parts;

		private Batch(List<java.util.concurrent.Future<List<Prepared>>> parts) {
			this.parts = parts;
		}

		private List<Prepared> await() {
			List<Prepared> prepared = new ArrayList<>();
			for (java.util.concurrent.Future<List<Prepared>> part : parts) {
				try {
					prepared.addAll(part.get());
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while rendering imported stories", e);
				}
				catch (java.util.concurrent.ExecutionException e) {
					throw e.getCause() instanceof RuntimeException runtime ? runtime
							: new IllegalStateException(e.getCause());
				}
			}
			return prepared;
		}
	}

	private static final int RENDERERS = Runtime.getRuntime().availableProcessors();

	private volatile java.util.concurrent.ExecutorService renderers;

	private java.util.concurrent.ExecutorService renderers() {
		java.util.concurrent.ExecutorService current = renderers;
		if (current == null) {
			synchronized (this) {
				current = renderers;
				if (current == null) {
					ClassLoader loader = ArchiveImport.class.getClassLoader();
					java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
					current = java.util.concurrent.Executors.newFixedThreadPool(RENDERERS, task -> {
						Thread thread = new Thread(task, "archive-render-" + count.incrementAndGet());
						thread.setDaemon(true);
						thread.setContextClassLoader(loader);
						return thread;
					});
					renderers = current;
				}
			}
		}
		return current;
	}

	@jakarta.annotation.PreDestroy
	void stopRenderers() {
		if (renderers != null) {
			renderers.shutdownNow();
		}
	}

	/** A story checked and rendered, or why it cannot be stored. */
	private record Prepared(ArchivedStory story, StoryMarkdown.Linked linked, Refusal refusal) {
	}

	private Prepared prepare(ArchivedStory story) {
		try {
			Draft draft = story.draft();
			ManuscriptWriter.checkText(draft);
			if (draft.headline().isBlank()) {
				throw NewsroomRefusal.invalid("headline", "제목을 써 주세요.");
			}
			if (draft.bodyMarkdown().isBlank()) {
				throw NewsroomRefusal.invalid("body", "본문을 써 주세요.");
			}
			if (draft.reporterIds().isEmpty()) {
				throw NewsroomRefusal.invalid("reporterIds", "기사를 쓴 기자를 한 명 이상 골라 주세요.");
			}
			if (!sections.exists(draft.sectionId())) {
				throw NewsroomRefusal.invalid("sectionId", "섹션을 골라 주세요.");
			}
			if (story.publishedAt() == null) {
				throw NewsroomRefusal.invalid("published_at", "처음 출고한 시각이 없습니다.");
			}
			List<Reporter> bylines = bylines(draft.reporterIds());
			return new Prepared(story, linking.renderNew(draft, bylines, photos), null);
		}
		catch (Refusal refusal) {
			return new Prepared(story, null, refusal);
		}
	}

	private List<Reporter> bylines(List<Long> ids) {
		List<Reporter> bylines = new ArrayList<>(ids.size());
		for (long id : ids) {
			Reporter reporter = reportersById.computeIfAbsent(id,
					missing -> reporters.findById(missing)
						.orElseThrow(() -> NewsroomRefusal.invalid("reporterIds", "기자 이름을 다시 골라 주세요.")));
			bylines.add(reporter);
		}
		return bylines;
	}

	private List<Outcome> write(List<Prepared> prepared) {
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Map<String, Long>> known = new HashMap<>();
		prepared.stream()
			.filter(p -> p.refusal() == null)
			.map(Prepared::story)
			.collect(java.util.stream.Collectors.groupingBy(ArchivedStory::source,
					java.util.stream.Collectors.mapping(ArchivedStory::sourceKey, java.util.stream.Collectors.toSet())))
			.forEach((source, keys) -> known.put(source, new HashMap<>(imported(source, keys))));
		Set<Long> preferred = new HashSet<>();
		prepared.forEach(p -> {
			if (p.refusal() == null && p.story().preferredId() != null) {
				preferred.add(p.story().preferredId());
			}
		});
		Set<Long> taken = preferred.isEmpty() ? Set.of()
				: new HashSet<>(jdbc.sql("select id from articles where id in (:ids)").param("ids", preferred).query(Long.class).list());
		long nextFree = preferred.isEmpty() ? 0
				: Math.max(jdbc.sql("select coalesce(max(id), 0) from articles").query(Long.class).single(),
						preferred.stream().mapToLong(Long::longValue).max().orElse(0)) + 1;
		Set<Long> used = new HashSet<>(taken);

		List<Outcome> outcomes = new ArrayList<>(prepared.size());
		Map<Long, Prepared> fresh = new LinkedHashMap<>();
		List<Prepared> generated = new ArrayList<>();
		for (Prepared p : prepared) {
			ArchivedStory story = p.story();
			if (p.refusal() != null) {
				outcomes.add(new Outcome(story, null, false, p.refusal()));
				continue;
			}
			Map<String, Long> keys = known.get(story.source());
			Long existing = keys.get(story.sourceKey());
			if (existing != null) {
				outcomes.add(new Outcome(story, existing, true, null));
				continue;
			}
			Long id = story.preferredId();
			if (id != null && (id <= 0 || !used.add(id))) {
				// Its number belongs to another story here: a new one, past every number of the batch.
				id = nextFree++;
				used.add(id);
			}
			if (id == null) {
				generated.add(p);
				keys.put(story.sourceKey(), -1L);
				outcomes.add(null);
				continue;
			}
			fresh.put(id, p);
			keys.put(story.sourceKey(), id);
			outcomes.add(new Outcome(story, id, false, null));
		}
		insertArticles(fresh, now);
		// Stories without a number of their own take the next of the table's sequence, one by one.
		Map<Prepared, Long> numbered = new HashMap<>();
		for (Prepared p : generated) {
			numbered.put(p, insertArticle(p, now));
		}
		Map<Long, Prepared> all = new LinkedHashMap<>(fresh);
		numbered.forEach((p, id) -> all.put(id, p));
		Map<String, Long> numberedKeys = new HashMap<>();
		numbered.forEach((p, id) -> numberedKeys.put(p.story().source() + "\n" + p.story().sourceKey(), id));
		for (int i = 0; i < outcomes.size(); i++) {
			Outcome outcome = outcomes.get(i);
			if (outcome == null) {
				Prepared p = prepared.get(i);
				outcomes.set(i, new Outcome(p.story(), numbered.get(p), false, null));
			}
			else if (outcome.existed() && outcome.articleId() == -1L) {
				// The same key twice in one batch, the first one numbered only now: the second is that story.
				ArchivedStory story = outcome.story();
				outcomes.set(i, new Outcome(story, numberedKeys.get(story.source() + "\n" + story.sourceKey()), true, null));
			}
		}
		writeParts(all, now);
		return outcomes;
	}

	private static final String INSERT_ARTICLE = """
			insert into articles (id, section_id, headline, subtitle, body_markdown, body_html, summary, status, created_by,
			                      saved_at, version, published_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, 0, ?, ?)""";

	private void insertArticles(Map<Long, Prepared> stories, OffsetDateTime now) {
		batch.batchUpdate(INSERT_ARTICLE, stories.entrySet().stream().map(entry -> {
			Prepared p = entry.getValue();
			return articleRow(entry.getKey(), p);
		}).toList());
	}

	private long insertArticle(Prepared p, OffsetDateTime now) {
		Object[] row = articleRow(null, p);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(INSERT_ARTICLE.replace("(id, ", "(").replace("values (?, ", "values ("))
			.params(java.util.Arrays.copyOfRange(row, 1, row.length))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	private static Object[] articleRow(Long id, Prepared p) {
		ArchivedStory story = p.story();
		Draft draft = story.draft();
		StoryMarkdown.Rendered rendered = p.linked().rendered();
		OffsetDateTime updated = story.updatedAt() != null && story.updatedAt().isAfter(story.publishedAt())
				? story.updatedAt() : null;
		return new Object[] { id, draft.sectionId(), draft.headline(), draft.subtitle(), draft.bodyMarkdown(),
				rendered.html(), rendered.summary(), "import", story.publishedAt(), story.publishedAt(), updated };
	}

	private void writeParts(Map<Long, Prepared> stories, OffsetDateTime now) {
		List<Object[]> bylines = new ArrayList<>();
		List<Object[]> tags = new ArrayList<>();
		List<Object[]> photoRows = new ArrayList<>();
		List<Object[]> changes = new ArrayList<>();
		List<Object[]> sources = new ArrayList<>();
		Map<String, Long> redirects = new LinkedHashMap<>();
		List<MentionLinker.NewStory> mentions = new ArrayList<>();
		stories.forEach((id, p) -> {
			ArchivedStory story = p.story();
			Draft draft = story.draft();
			for (int i = 0; i < draft.reporterIds().size(); i++) {
				bylines.add(new Object[] { id, draft.reporterIds().get(i), i });
			}
			for (int i = 0; i < draft.tags().size(); i++) {
				tags.add(new Object[] { id, draft.tags().get(i), i });
			}
			StoryMarkdown.Rendered rendered = p.linked().rendered();
			for (int i = 0; i < rendered.photos().size(); i++) {
				StoryMarkdown.PlacedPhoto placed = rendered.photos().get(i);
				PhotoFiles.StoredPhoto file = rendered.files().get(placed.imageId());
				photoRows.add(new Object[] { id, i, file.mediaKey(), file.width(), file.height(), placed.caption(),
						placed.alt().isEmpty() ? placed.caption() : placed.alt(), placed.credit(), placed.imageId(),
						file.srcset() });
			}
			// No revision: the text is the article's; Revisions.keepImportedOriginal keeps it before a first change.
			// The feed says when the site changed (now), not when the story first went out elsewhere.
			changes.add(new Object[] { id, now });
			sources.add(new Object[] { story.source(), story.sourceKey(), id, now });
			story.oldPaths().stream().map(ArchiveSources::normalised).filter(java.util.Objects::nonNull)
				.forEach(path -> redirects.putIfAbsent(path, id));
			mentions.add(new MentionLinker.NewStory(id, story.publishedAt(), p.linked().story(), p.linked().links()));
		});
		batch.batchUpdate("insert into article_bylines (article_id, reporter_id, position) values (?, ?, ?)", bylines);
		batch.batchUpdate("insert into article_tags (article_id, tag, position) values (?, ?, ?)", tags);
		batch.batchUpdate("""
				insert into article_photos (article_id, position, media_key, width, height, caption, alt, credit, image_id,
				                            srcset)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", photoRows);
		batch.batchUpdate("insert into article_changes (article_id, kind, changed_at) values (?, 'published', ?)", changes);
		batch.batchUpdate("insert into article_sources (source, source_key, article_id, imported_at) values (?, ?, ?, ?)",
				sources);
		if (!redirects.isEmpty()) {
			Set<String> present = new HashSet<>(jdbc.sql("select path from article_redirects where path in (:paths)")
				.param("paths", redirects.keySet())
				.query(String.class)
				.list());
			batch.batchUpdate("insert into article_redirects (path, article_id) values (?, ?)",
					redirects.entrySet()
						.stream()
						.filter(e -> !present.contains(e.getKey()))
						.map(e -> new Object[] { e.getKey(), e.getValue() })
						.toList());
		}
		linking.recordNew(mentions);
	}

	/**
	 * Has PostgreSQL look at the tables an import fills (a no-op on H2, which does so itself):
	 * without it, statements prepared while they were empty keep plans made for empty tables, and
	 * a 100,000-story import slowed to a tenth of its first rate (autovacuum may be off, and is
	 * always behind a bulk load).
	 */
	public void refreshStatistics() {
		if (postgres) {
			jdbc.sql("analyze articles, article_sources, article_redirects, article_bylines, article_tags, article_changes, "
					+ "article_photos").update();
		}
	}

	/** After stories were stored with numbers of their own, the table's sequence goes past them. */
	private void advanceIds() {
		long max = jdbc.sql("select coalesce(max(id), 0) from articles").query(Long.class).single();
		if (max == 0) {
			return;
		}
		if (postgres) {
			jdbc.sql("select setval(pg_get_serial_sequence('articles', 'id'), ?)").params(max).query(Long.class).single();
		}
		else {
			jdbc.sql("alter table articles alter column id restart with " + (max + 1)).update();
		}
	}

	private static void requireEditor(Actor actor) {
		if (!actor.isDesk()) {
			throw NewsroomRefusal.notAllowed("데스크(에디터)만 할 수 있는 일입니다.");
		}
	}
}
