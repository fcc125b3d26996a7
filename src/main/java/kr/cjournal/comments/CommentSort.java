package kr.cjournal.comments;

import java.util.Locale;

/** How a story's comments are ordered: {@code ?sort=newest} (the default) or {@code ?sort=likes} (most 공감 first). */
public enum CommentSort {

	NEWEST("최신순"), LIKES("공감순");

	private final String label;

	CommentSort(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The value in the address: {@code newest} or {@code likes}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The sort a reader asked for; anything unknown or missing is the newest first. */
	public static CommentSort of(String param) {
		return "likes".equalsIgnoreCase(param) ? LIKES : NEWEST;
	}
}
