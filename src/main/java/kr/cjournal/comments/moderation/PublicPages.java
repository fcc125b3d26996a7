package kr.cjournal.comments.moderation;

import java.util.List;
import java.util.Map;

import kr.cjournal.comments.MeasureReason;
import kr.cjournal.core.Page;

/** The records the public moderation pages render, one a template. */
public final class PublicPages {

	private PublicPages() {
	}

	/** What every public page needs around its content. */
	public record Frame(String siteName, String csrfParameter, String csrfToken) {
	}

	/** {@code GET /comments/{id}/measure-request}: the 임시조치 request form. */
	public record RequestForm(Frame frame, long commentId, String commentText, MeasureRequest.Form form,
			Map<String, String> errors, String notice, String alert, List<MeasureReason> reasons) {

		public String error(String field) {
			return errors.get(field);
		}
	}

	/** {@code GET /comments/measures}: measures taken, nothing personal. */
	public record TakenList(Frame frame, Page<MeasureTaken> page) implements Paged {

		public String pageUrl(int number) {
			return "/comments/measures?page=" + number;
		}
	}

	/** {@code GET /comments/measures/{id}/objection}: the poster's view of a measure on their comment. */
	public record Objection(Frame frame, Measure measure, String commentText, String text, String notice, String alert) {

		public boolean mayObject() {
			return measure.status() == kr.cjournal.comments.MeasureStatus.APPLIED;
		}
	}
}
