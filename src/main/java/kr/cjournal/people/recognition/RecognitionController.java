package kr.cjournal.people.recognition;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/people/recognize} {@code {"text": "..."}}: the people and organisations a
 * draft names, for any staff member signed in or with an API token.
 */
@RestController
@PreAuthorize("hasAnyRole('REPORTER', 'EDITOR', 'ADMIN')")
class RecognitionController {

	/** Longer than any story; a bigger text is refused rather than read. */
	static final int MAX_TEXT = 100_000;

	private final Recognizer recognizer;

	RecognitionController(Recognizer recognizer) {
		this.recognizer = recognizer;
	}

	@PostMapping("/api/v1/people/recognize")
	Recognition recognize(@RequestBody(required = false) JsonNode body) {
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

	@ExceptionHandler(HttpMessageNotReadableException.class)
	static ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
		return refused(new BadInput("text", "요청 본문이 올바른 JSON이 아닙니다. {\"text\": \"...\"} 형태로 보내 주세요."));
	}
}
