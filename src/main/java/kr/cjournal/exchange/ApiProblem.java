package kr.cjournal.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A write API request refused before the newsroom was asked: the body is not JSON, a field has the
 * wrong type or is missing. Answered as {@code {"error", "field", "message"}} like every refusal
 * of the API ({@link #body}).
 */
class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final String error;

	private final String field;

	ApiProblem(HttpStatus status, String error, String field, String message) {
		super(message, null, false, false);
		this.status = status;
		this.error = error;
		this.field = field;
	}

	/** 400: the request itself is malformed (not JSON, wrong types, a required field missing). */
	static ApiProblem badRequest(String error, String field, String message) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, error, field, message);
	}

	/** 422: well-formed, but the newsroom would refuse the value. */
	static ApiProblem invalid(String field, String message) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", field, message);
	}

	ResponseEntity<Map<String, Object>> answer() {
		return ResponseEntity.status(status).body(body(error, field, getMessage()));
	}

	/** The API's error body; {@code field} is left out when no one field is at fault. */
	static Map<String, Object> body(String error, String field, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		if (field != null) {
			body.put("field", field);
		}
		body.put("message", message);
		return body;
	}
}
