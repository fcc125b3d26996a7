package kr.cjournal.demo;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;

import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.ReaderSignUp;
import kr.cjournal.comments.CommentArchive;

/**
 * The demo's readers and their comments (classpath:demo/comments.yml) under the demo stories just
 * loaded. The readers get long random passwords nobody is told: they exist to have written the
 * comments, and anyone who wants to try commenting signs up.
 */
class DemoComments {

	private static final Logger log = LoggerFactory.getLogger(DemoComments.class);

	private final ReaderSignUp signUp;

	private final CommentArchive archive;

	private final TransactionTemplate transaction;

	private final SecureRandom random = new SecureRandom();

	DemoComments(ReaderSignUp signUp, CommentArchive archive, TransactionTemplate transaction) {
		this.signUp = signUp;
		this.archive = archive;
		this.transaction = transaction;
	}

	/** Adds the comments to the stories the demo newsroom loaded; nothing when it loaded none. */
	@SuppressWarnings("unchecked")
	void loadUnder(List<DemoNewsroom.Story> stories) {
		if (stories.isEmpty()) {
			return;
		}
		Map<String, Object> demo;
		try (var in = new DefaultResourceLoader().getResource("classpath:demo/comments.yml").getInputStream()) {
			demo = new Yaml().load(in);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("The demo's comments cannot be read", ex);
		}
		int count = transaction.execute(status -> {
			Map<String, Reader> readers = new HashMap<>();
			int n = 0;
			for (String nickname : (List<String>) demo.get("readers")) {
				String email = "reader" + (readers.size() + 1) + "@demo.cjournal.example";
				readers.put(nickname, signUp.addConfirmed(email, nickname, password()));
			}
			for (Map<String, Object> thread : (List<Map<String, Object>>) demo.get("comments")) {
				String start = (String) thread.get("story");
				DemoNewsroom.Story story = stories.stream()
					.filter(s -> s.headline().startsWith(start))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("No demo story starts with " + start));
				for (Map<String, Object> item : (List<Map<String, Object>>) thread.get("items")) {
					long id = add(story, readers, item, null);
					n++;
					for (Map<String, Object> reply : (List<Map<String, Object>>) item.getOrDefault("replies", List.of())) {
						add(story, readers, reply, id);
						n++;
					}
				}
			}
			return n;
		});
		log.info("Loaded the demo comments: {} comments by {} readers", count, ((List<?>) demo.get("readers")).size());
	}

	private long add(DemoNewsroom.Story story, Map<String, Reader> readers, Map<String, Object> item, Long parentId) {
		Reader reader = readers.get((String) item.get("reader"));
		if (reader == null) {
			throw new IllegalStateException("Unknown demo reader " + item.get("reader"));
		}
		// Never later than now: the newest demo stories went out minutes before the demo was loaded.
		OffsetDateTime written = story.publishedAt().plusMinutes(((Number) item.get("minutesAfter")).longValue());
		OffsetDateTime latest = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1);
		return archive.add(story.id(), reader.accountId(), parentId, ((String) item.get("text")).strip(),
				written.isAfter(latest) ? latest : written,
				((Number) item.getOrDefault("likes", 0)).intValue(), ((Number) item.getOrDefault("dislikes", 0)).intValue());
	}

	private String password() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
