package kr.cjournal.comments;

import java.time.OffsetDateTime;

import kr.cjournal.core.Kst;

/** One of a reader's comments on their page, with the story it is under. */
public record ReaderComment(long id, long articleId, String headline, boolean reply, String text, int likes,
		int dislikes, OffsetDateTime createdAt, boolean inReview) {

	/** The comment in its story's comment list. */
	public String url() {
		return "/article/" + articleId + "/comments#comment-" + id;
	}

	public String time() {
		return Kst.seconds(createdAt);
	}

	public String iso() {
		return Kst.iso(createdAt);
	}
}
