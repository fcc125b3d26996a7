package kr.cjournal.people.recognition;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import kr.cjournal.accounts.Actor;
import kr.cjournal.people.web.Editors;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/people/recognize} {@code {"text": "..."}}: the people and organisations a
 * draft names, for any staff member signed in or with an API token, so many a minute per account
 * ({@link RecognitionLimit}); more are answered 429 with {@code Retry-After}.
 */
@RestController
class RecognitionController {

	/** Longer than any story; a bigger text is refused rather than read. */
	static final int MAX_TEXT = 100_000;

	private final Recognizer recognizer;

	private final RecognitionLimit limit;

	RecognitionController(Recognizer recognizer, RecognitionLimit limit) {
		this.recognizer = recognizer;
		this.limit = limit;
	}

	@PostMapping("/api/v1/people/recognize")
	Recognition recognize(@RequestBody(required = false) JsonNode body, Actor actor) {
		Editors.requireWriter(actor);
		long wait = limit.take(actor.username());
		if (wait > 0) {
			throw new TooManyRequests(wait, "인물 찾기를 너무 자주 요청했습니다. 1분에 " + limit.perMinute()
					+ "번까지 찾을 수 있으니 " + wait + "초 뒤에 다시 시도해 주세요.");
		}
		JsonNode text = body == null ? null : body.get("text");
		if (text == null || !text.isString()) {
			throw new BadInput("text", "'text'에 기사 본문을 문자열로 보내 주세요.");
		}
		if (text.asString().length() > MAX_TEXT) {
			throw new BadInput(HttpStatus.PAYLOAD_TOO_LARGE, "text",
					"본문이 너무 깁니다. " + String.format("%,d", MAX_TEXT) + "자까지 찾을 수 있습니다.");
		}
		return recognizer.recognize(text.asString());
	}

	@ExceptionHandler(BadInput.class)
	static ResponseEntity<Map<String, Object>> refused(BadInput refusal) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", refusal.status() == HttpStatus.NOT_FOUND ? "not_found" : "bad_request");
		body.put("field", refusal.field());
		body.put("message", refusal.getMessage());
		return ResponseEntity.status(refusal.status()).body(body);
	}

	@ExceptionHandler(TooManyRequests.class)
	static ResponseEntity<Map<String, Object>> tooMany(TooManyRequests refusal) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", "too_many_requests");
		body.put("field", null);
		body.put("message", refusal.getMessage());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()))
			.body(body);
	}

	/** More requests than the account's allowance; {@code retryAfterSeconds} until the next is let through. */
	static final class TooManyRequests extends RuntimeException {

		private final long retryAfterSeconds;

		TooManyRequests(long retryAfterSeconds, String message) {
			super(message);
			this.retryAfterSeconds = retryAfterSeconds;
		}

		long retryAfterSeconds() {
			return retryAfterSeconds;
		}
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	static ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
		return refused(new BadInput("text", "요청 본문이 올바른 JSON이 아닙니다. {\"text\": \"...\"} 형태로 보내 주세요."));
	}
}
