package kr.cjournal.comments;

import kr.cjournal.core.Refusal;

/**
 * A comment, reaction, deletion or block refused, with the HTTP status the web gives it (401 for
 * nobody signed in, 413 for a text over 400 bytes, 429 for a rate limit, besides {@link Refusal}'s
 * own) and, for a rate limit, how many seconds until it may be tried again.
 */
public class PostingRefusal extends Refusal {

	private final int status;

	private final long retryAfterSeconds;

	private PostingRefusal(Kind kind, int status, String field, String message, long retryAfterSeconds) {
		super(kind, field, message);
		this.status = status;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	static PostingRefusal signInFirst() {
		return new PostingRefusal(Kind.NOT_ALLOWED, 401, null, "로그인이 필요합니다.", 0);
	}

	static PostingRefusal forbidden(String message) {
		return new PostingRefusal(Kind.NOT_ALLOWED, 403, null, message, 0);
	}

	static PostingRefusal badInput(String field, String message) {
		return new PostingRefusal(Kind.INVALID, 400, field, message, 0);
	}

	static PostingRefusal tooLong(String message) {
		return new PostingRefusal(Kind.INVALID, 413, "text", message, 0);
	}

	static PostingRefusal missing(String message) {
		return new PostingRefusal(Kind.NOT_FOUND, 404, null, message, 0);
	}

	static PostingRefusal conflict(String field, String message) {
		return new PostingRefusal(Kind.CONFLICT, 409, field, message, 0);
	}

	static PostingRefusal tooMany(String message, long retryAfterSeconds) {
		return new PostingRefusal(Kind.CONFLICT, 429, null, message, Math.max(1, retryAfterSeconds));
	}

	/** The HTTP status: 400, 401, 403, 404, 409, 413 or 429. */
	public int status() {
		return status;
	}

	/** Seconds until a rate-limited request may be made again; 0 when waiting will not help. */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
