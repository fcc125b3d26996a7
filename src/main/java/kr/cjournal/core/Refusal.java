package kr.cjournal.core;

/**
 * A module refused what someone asked: the message is Korean and says why, {@code field} names
 * the form field at fault when there is one, and the kind says which HTTP status the web gives
 * it. No stack trace: a refusal is an answer, not a fault.
 */
public class Refusal extends RuntimeException {

	public enum Kind {
		/** 403: the actor's roles do not allow it. */
		NOT_ALLOWED(403),
		/** 404: what the address names is not there (any more). */
		NOT_FOUND(404),
		/** 400: a field is wrong. */
		INVALID(400),
		/** 409: the thing is not in a state that allows it, or someone changed it in between. */
		CONFLICT(409);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}
	}

	private final Kind kind;

	private final String field;

	protected Refusal(Kind kind, String field, String message) {
		super(message, null, false, false);
		this.kind = kind;
		this.field = field;
	}

	public static Refusal notAllowed(String message) {
		return new Refusal(Kind.NOT_ALLOWED, null, message);
	}

	public static Refusal notFound(String message) {
		return new Refusal(Kind.NOT_FOUND, null, message);
	}

	public static Refusal invalid(String field, String message) {
		return new Refusal(Kind.INVALID, field, message);
	}

	public static Refusal conflict(String message) {
		return new Refusal(Kind.CONFLICT, null, message);
	}

	public Kind kind() {
		return kind;
	}

	/** The form field at fault, or null. */
	public String field() {
		return field;
	}
}
