package kr.cjournal.comments.filter;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import kr.cjournal.accounts.Actor;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/comments/screen} {@code {"text": "..."}}: the filter's verdict, for moderators
 * and administrators signed in (with CSRF) or with an API token of scope {@code comments:screen}.
 */
@RestController
class ScreenController {

	static final int MAX_TEXT = 10_000;

	private final CleanFilter filter;

	ScreenController(CleanFilter filter) {
		this.filter = filter;
	}

	@PostMapping("/api/v1/comments/screen")
	ResponseEntity<Map<String, Object>> screen(@RequestBody(required = false) JsonNode body, Actor actor) {
		if (!actor.canModerate()) {
			return refuse(HttpStatus.FORBIDDEN, null, "댓글 검사는 운영자만 할 수 있습니다.");
		}
		JsonNode text = body == null || !body.isObject() ? null : body.get("text");
		if (text == null || !text.isString()) {
			return refuse(HttpStatus.BAD_REQUEST, "text", "'text'에 검사할 글을 문자열로 보내 주세요.");
		}
		if (text.asString().length() > MAX_TEXT) {
			return refuse(HttpStatus.PAYLOAD_TOO_LARGE, "text",
					"글이 너무 깁니다. " + String.format("%,d", MAX_TEXT) + "자까지 검사할 수 있습니다.");
		}
		Screening screening = filter.screen(text.asString());
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("verdict", screening.abusive() ? "abusive" : "clean");
		if (screening.abusive()) {
			answer.put("matches", screening.matches());
		}
		return ResponseEntity.ok(answer);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
		return refuse(HttpStatus.BAD_REQUEST, "text", "요청 본문이 올바른 JSON이 아닙니다. {\"text\": \"...\"} 형태로 보내 주세요.");
	}

	private static ResponseEntity<Map<String, Object>> refuse(HttpStatus status, String field, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", message);
		body.put("field", field);
		return ResponseEntity.status(status).body(body);
	}
}
