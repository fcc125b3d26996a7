package kr.cjournal.exchange;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import kr.cjournal.newsroom.PublishedArchive;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/articles/{id}}: a published article as an IPTC ninjs 2.1 document, the same
 * for everyone, so it carries a public lifetime, an ETag and Last-Modified (the time of the
 * version served) and answers a conditional request with 304. An article the desk withdrew
 * after publication answers a ninjs document with {@code pubstatus} canceled and none of its
 * words, not to be cached; one that does not exist or was never published (drafts, scheduled and
 * embargoed stories) is a 404 with a JSON error.
 */
@RestController
class NinjsController {

	/** As long as the reader pages: a proxy absorbs a busy story, a correction shows within a minute. */
	private static final CacheControl LIFETIME = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	private final PublishedStories stories;

	private final NinjsWriter writer;

	private final JsonMapper json;

	NinjsController(PublishedStories stories, NinjsWriter writer, JsonMapper json) {
		this.stories = stories;
		this.writer = writer;
		this.json = json;
	}

	@GetMapping(value = "/api/v1/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> article(@PathVariable long id, WebRequest request) {
		PublishedStory story = stories.find(id).orElse(null);
		if (story == null) {
			return stories.withdrawn(id).<ResponseEntity<?>>map(this::canceled)
				.orElseGet(() -> error(HttpStatus.NOT_FOUND, "게시된 기사 중에 그런 번호가 없습니다.", "id"));
		}
		byte[] body = document(out -> writer.write(story, out));
		String etag = "W/\"" + md5(body) + "\"";
		long lastModified = story.versionCreated().toInstant().toEpochMilli();
		if (request.checkNotModified(etag, lastModified)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(LIFETIME).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(LIFETIME)
			.eTag(etag)
			.lastModified(lastModified)
			.body(body);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, String>> notANumber(MethodArgumentTypeMismatchException e) {
		return error(HttpStatus.BAD_REQUEST, "기사 번호는 숫자여야 합니다.", e.getName());
	}

	/**
	 * A withdrawn story: a ninjs document saying it is canceled, which a system that took the story
	 * must not keep showing. Caches ask again each time (the desk may publish it again).
	 */
	private ResponseEntity<?> canceled(PublishedArchive.Withdrawn withdrawn) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.lastModified(withdrawn.withdrawnAt().toInstant().toEpochMilli())
			.body(document(out -> writer.writeCanceled(withdrawn, out)));
	}

	private byte[] document(Consumer<JsonGenerator> content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
		try (JsonGenerator out = json.createGenerator(bytes)) {
			content.accept(out);
		}
		return bytes.toByteArray();
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message, String field) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("error", message);
		body.put("field", field);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static String md5(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
