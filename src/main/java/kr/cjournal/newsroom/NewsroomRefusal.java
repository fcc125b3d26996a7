package kr.cjournal.newsroom;

/**
 * The newsroom refused an action; the message is Korean and says why, {@code field} names the
 * form field at fault when there is one. The web layer turns the kind into a status code.
 */
public class NewsroomRefusal extends RuntimeException {

	public enum Kind {
		/** 403: the actor's roles do not allow it. */
		NOT_ALLOWED,
		/** 404: no such article. */
		NOT_FOUND,
		/** 400: a field is wrong. */
		INVALID,
		/** 409: the article is not in a state that allows it, or someone saved in between. */
		CONFLICT
	}

	private final Kind kind;

	private final String field;

	NewsroomRefusal(Kind kind, String field, String message) {
		super(message, null, false, false);
		this.kind = kind;
		this.field = field;
	}

	public static NewsroomRefusal notAllowed(String message) {
		return new NewsroomRefusal(Kind.NOT_ALLOWED, null, message);
	}

	public static NewsroomRefusal notFound() {
		return new NewsroomRefusal(Kind.NOT_FOUND, null, "기사를 찾을 수 없습니다.");
	}

	static NewsroomRefusal invalid(String field, String message) {
		return new NewsroomRefusal(Kind.INVALID, field, message);
	}

	static NewsroomRefusal conflict(String message) {
		return new NewsroomRefusal(Kind.CONFLICT, null, message);
	}

	public Kind kind() {
		return kind;
	}

	public String field() {
		return field;
	}
}
