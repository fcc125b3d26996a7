package kr.cjournal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.core.Kst;
import kr.cjournal.media.Image;
import kr.cjournal.media.Images;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.newsroom.Reporters;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;

/**
 * Loads the demo newsroom (sections, reporters, stories with photos) written for Cjournal into an
 * empty newsroom, through the newsroom's public API as its desk would. Publication times are
 * relative to now, so the demo always looks like this week's paper.
 */
class DemoNewsroom {

	private static final Logger log = LoggerFactory.getLogger(DemoNewsroom.class);

	private static final DateTimeFormatter ARCHIVE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/**
	 * Who loads the demo: the desk (and administrator, who sets up sections) with no user name,
	 * so stories and revisions show no author, as for a paper set up before any staff signed in.
	 */
	private static final Actor DESK = new Actor(null, Set.of(Role.EDITOR, Role.ADMIN));

	private final Sections sections;

	private final Reporters reporters;

	private final Desk desk;

	private final Images images;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final List<Story> loaded = new ArrayList<>();

	DemoNewsroom(Sections sections, Reporters reporters, Desk desk, Images images, TransactionTemplate transaction) {
		this.sections = sections;
		this.reporters = reporters;
		this.desk = desk;
		this.images = images;
		this.transaction = transaction;
		this.clock = Clock.systemUTC();
	}

	/** Loads the demo unless the newsroom has sections already (a paper of its own, or the demo). */
	void loadIntoEmptyNewsroom() {
		if (!sections.topLevel().isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		int count = transaction.execute(status -> load());
		log.info("Loaded the demo newsroom: {} articles in {} ms", count, (System.nanoTime() - started) / 1_000_000);
	}

	@SuppressWarnings("unchecked")
	private int load() {
		Map<String, Object> newsroom = yaml("classpath:demo/newsroom.yml").get(0);
		loadSections((List<Map<String, Object>>) newsroom.get("sections"));
		Map<String, Reporter> byKey = new HashMap<>();
		for (Map<String, Object> r : (List<Map<String, Object>>) newsroom.get("reporters")) {
			byKey.put((String) r.get("key"), reporters.create((String) r.get("name"), (String) r.get("email")));
		}
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		List<Published> top = new ArrayList<>();
		int count = 0;
		for (Map<String, Object> file : yaml("classpath*:demo/articles-*.yml")) {
			for (Map<String, Object> a : (List<Map<String, Object>>) file.get("articles")) {
				OffsetDateTime publishedAt = publishedAt(a, now);
				long id = desk.publishArchived(DESK, draft(a, byKey), publishedAt);
				loaded.add(new Story(id, (String) a.get("headline"), publishedAt));
				count++;
				if (Boolean.TRUE.equals(a.get("top"))) {
					top.add(new Published(id, publishedAt));
				}
			}
		}
		desk.chooseTopStories(DESK, top.stream()
			.sorted(Comparator.comparing(Published::at).reversed())
			.map(Published::id)
			.toList());
		return count;
	}

	@SuppressWarnings("unchecked")
	private void loadSections(List<Map<String, Object>> tree) {
		for (Map<String, Object> top : tree) {
			Section section = sections.add(DESK, null, (String) top.get("slug"), (String) top.get("name"));
			for (Map<String, Object> sub : (List<Map<String, Object>>) top.get("subsections")) {
				sections.add(DESK, section.id(), (String) sub.get("slug"), (String) sub.get("name"));
			}
		}
	}

	/**
	 * The story as a reporter would have written it in the editor: paragraphs in Markdown, the
	 * first photo after the lead and a second one further down, uploaded like any other photo.
	 */
	@SuppressWarnings("unchecked")
	private Draft draft(Map<String, Object> a, Map<String, Reporter> reporterKeys) {
		String path = (String) a.get("section");
		Section section = sections.byPath(path)
			.orElseThrow(() -> new IllegalStateException("Demo article in unknown section " + path));
		Reporter reporter = reporterKeys.get((String) a.get("reporter"));
		if (reporter == null) {
			throw new IllegalStateException("Demo article by unknown reporter " + a.get("reporter"));
		}
		String headline = (String) a.get("headline");
		List<String> paragraphs = ((List<String>) a.get("paragraphs")).stream()
			.map(Draft::escapeMarkdown)
			.toList();
		List<String> photoLines = new ArrayList<>();
		for (Map<String, Object> p : (List<Map<String, Object>>) a.getOrDefault("photos", List.of())) {
			Image image = images.upload(DemoPhotos.jpeg((String) p.get("motif"), headline.hashCode() + photoLines.size()),
					null);
			String title = clean((String) p.get("caption")) + (p.get("credit") == null ? "" : " | " + clean((String) p.get("credit")));
			photoLines.add("![" + clean((String) p.get("alt")) + "](image:" + image.id() + " \"" + title + "\")");
		}
		List<String> blocks = new ArrayList<>(paragraphs);
		for (int i = photoLines.size() - 1; i >= 0; i--) {
			int after = i == 0 ? 1 : 1 + i * paragraphs.size() / photoLines.size();
			blocks.add(Math.min(after, blocks.size()), photoLines.get(i));
		}
		List<String> tags = ((List<Object>) a.getOrDefault("tags", List.of())).stream().map(String::valueOf).toList();
		return new Draft(section.id(), headline, (String) a.get("subtitle"), String.join("\n\n", blocks),
				List.of(reporter.id()), tags);
	}

	/**
	 * A story of the archive gives its KST time ({@code publishedAt: "2023-05-16 10:20"}); the others
	 * are placed relative to the first start. Seconds vary so that times look like a real wire.
	 */
	private static OffsetDateTime publishedAt(Map<String, Object> a, OffsetDateTime now) {
		if (a.get("publishedAt") instanceof String archived) {
			return LocalDateTime.parse(archived, ARCHIVE_TIME).atZone(Kst.ZONE).toOffsetDateTime()
				.withOffsetSameInstant(ZoneOffset.UTC);
		}
		return now.minusMinutes(((Number) a.get("minutesAgo")).longValue())
			.minusSeconds(Math.floorMod(((String) a.get("headline")).hashCode(), 60))
			.withOffsetSameInstant(ZoneOffset.UTC);
	}

	/** Caption text safe inside a Markdown image title. */
	private static String clean(String text) {
		return text == null ? "" : text.replace("\"", "'").replace("|", "/").replace("]", ")").replace("\n", " ").strip();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> yaml(String pattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			List<Map<String, Object>> documents = new ArrayList<>();
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					documents.add((Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
				}
			}
			return documents;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read demo content " + pattern, e);
		}
	}

	/** A demo story as loaded, for the demo's comments. */
	record Story(long id, String headline, OffsetDateTime publishedAt) {
	}

	/** The stories this node loaded; empty when the newsroom was not empty at start. */
	List<Story> loaded() {
		return List.copyOf(loaded);
	}

	private record Published(long id, OffsetDateTime at) {
	}
}
