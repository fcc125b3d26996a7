package kr.cjournal.people.recognition;

import org.springframework.http.HttpStatus;

/** A request the people API refuses: which field, why (in Korean for the editor), and the status. */
class BadInput extends RuntimeException {

	private final String field;

	private final HttpStatus status;

	BadInput(HttpStatus status, String field, String message) {
		super(message);
		this.field = field;
		this.status = status;
	}

	BadInput(String field, String message) {
		this(HttpStatus.BAD_REQUEST, field, message);
	}

	String field() {
		return field;
	}

	HttpStatus status() {
		return status;
	}
}
