package kr.cjournal.newsroom;

import kr.cjournal.core.Refusal;

/**
 * The newsroom refused an action (see {@link Refusal}); its factories stand beside
 * {@code Refusal}'s so that what the newsroom throws is known as the newsroom's.
 */
public class NewsroomRefusal extends Refusal {

	NewsroomRefusal(Kind kind, String field, String message) {
		super(kind, field, message);
	}

	public static NewsroomRefusal notAllowed(String message) {
		return new NewsroomRefusal(Kind.NOT_ALLOWED, null, message);
	}

	/** No such article. */
	public static NewsroomRefusal notFound() {
		return new NewsroomRefusal(Kind.NOT_FOUND, null, "기사를 찾을 수 없습니다.");
	}

	public static NewsroomRefusal invalid(String field, String message) {
		return new NewsroomRefusal(Kind.INVALID, field, message);
	}

	public static NewsroomRefusal conflict(String message) {
		return new NewsroomRefusal(Kind.CONFLICT, null, message);
	}
}
