package kr.cjournal.comments.moderation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import kr.cjournal.accounts.Reader;
import kr.cjournal.comments.ReportReason;
import kr.cjournal.core.Page;

/** The records the moderators' pages render, one a template. */
public final class StaffPages {

	private StaffPages() {
	}

	/** A comment's status in the moderator's words. */
	public static String statusLabel(kr.cjournal.comments.CommentStatus status) {
		return switch (status) {
			case VISIBLE -> "공개";
			case REVIEW -> "검토 대기";
			case DELETED -> "작성자 삭제";
			case REMOVED -> "운영자 삭제";
			case BLINDED -> "임시조치";
		};
	}

	/** A comment as the queue and a reader's page show it. */
	public record Line(ModeratedComment comment, String headline, String storyUrl, String nickname,
			List<CommentReport> reports) {

		/** 욕설/비하 2, 명예훼손 1: the open reports' reasons with counts, most first. */
		public String reasonSummary() {
			Map<ReportReason, Long> counts = new java.util.EnumMap<>(ReportReason.class);
			reports.forEach(report -> counts.merge(report.reason(), 1L, Long::sum));
			return counts.entrySet()
				.stream()
				.sorted(Map.Entry.<ReportReason, Long>comparingByValue().reversed())
				.map(entry -> entry.getKey().label() + " " + entry.getValue())
				.collect(java.util.stream.Collectors.joining(", "));
		}

		public boolean defamation() {
			return comment.reviewReason() == kr.cjournal.comments.ReviewReason.DEFAMATION
					|| reports.stream().anyMatch(report -> report.reason() == ReportReason.DEFAMATION);
		}
	}

	/** {@code /newsroom/comments}. */
	public record Queue(List<Line> lines, Page<?> page, Long articleId, long dueMeasures, String notice, String alert) implements Paged {

		public String pageUrl(int number) {
			return "/newsroom/comments?" + (articleId == null ? "" : "article=" + articleId + "&") + "page=" + number;
		}
	}

	/** {@code /newsroom/comments/readers/{id}}. */
	public record ReaderHistory(Reader reader, List<Line> lines, Page<?> page, List<Ban> bans, OffsetDateTime now,
			String notice, String alert) implements Paged {

		public String pageUrl(int number) {
			return "/newsroom/comments/readers/" + reader.accountId() + "?page=" + number;
		}
	}

	/** {@code /newsroom/comments/log}. */
	public record Log(Page<LogEntry> page, ModerationAction action, Long readerId, List<ModerationAction> actions) implements Paged {

		public String pageUrl(int number) {
			return "/newsroom/comments/log?" + (action == null ? "" : "action=" + action.name() + "&")
					+ (readerId == null ? "" : "reader=" + readerId + "&") + "page=" + number;
		}
	}

	/** A measure with the comment and story it is about. */
	public record MeasureLine(Measure measure, ModeratedComment comment, String headline, String storyUrl, boolean due) {
	}

	/** {@code /newsroom/comments/measures}. */
	public record Measures(List<MeasureLine> lines, Page<?> page, int maxDays, String notice, String alert) implements Paged {

		public String pageUrl(int number) {
			return "/newsroom/comments/measures?page=" + number;
		}
	}
}
