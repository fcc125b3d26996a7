package kr.cjournal.comments.moderation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.cjournal.accounts.Reader;
import kr.cjournal.comments.CommentStatus;
import kr.cjournal.comments.ReportReason;
import kr.cjournal.comments.ReviewReason;
import kr.cjournal.core.FieldErrors;
import kr.cjournal.core.Refusal;

/**
 * Readers report comments: one report per reader per comment, never their own, with a reason and
 * an optional detail. When a visible comment's open reports reach
 * {@link ModerationSettings#reportsToHide()} it is hidden pending review (REVIEW, reason REPORTS).
 */
@Component
class Reports {

	static final int MAX_DETAIL = 300;


	private final JdbcClient jdbc;

	private final ModeratedComments comments;

	private final ModerationLog log;

	private final ModerationSettings settings;

	private final Clock clock;

	Reports(JdbcClient jdbc, ModeratedComments comments, ModerationLog log, ModerationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.comments = comments;
		this.log = log;
		this.settings = settings;
		this.clock = clock;
	}

	/** The reason a form sent, or an INVALID refusal for field {@code reason}. */
	static ReportReason reason(String value) {
		for (ReportReason reason : ReportReason.values()) {
			if (reason.name().equals(value)) {
				return reason;
			}
		}
		throw Refusal.invalid("reason", "신고 사유를 골라 주세요.");
	}

	/** @return whether the report hid the comment */
	@Transactional
	boolean file(long commentId, Reader reporter, ReportReason reason, String detail) {
		String cleanDetail = FieldErrors.clean(detail);
		if (cleanDetail != null && cleanDetail.length() > MAX_DETAIL) {
			throw Refusal.invalid("detail", "신고 내용은 " + MAX_DETAIL + "자까지 쓸 수 있습니다.");
		}
		ModeratedComment comment = comments.lock(commentId);
		if (comment.status() != CommentStatus.VISIBLE && comment.status() != CommentStatus.REVIEW) {
			throw Refusal.notFound("신고할 수 없는 댓글입니다. 이미 삭제되었거나 가려진 댓글입니다.");
		}
		if (comment.authorId() == reporter.accountId()) {
			throw Refusal.notAllowed("자신의 댓글은 신고할 수 없습니다.");
		}
		if (already(commentId, reporter.accountId())) {
			throw Refusal.conflict("이미 신고한 댓글입니다.");
		}
		try {
			jdbc.sql("insert into comment_reports (comment_id, reporter_id, reason, detail, created_at) values (?, ?, ?, ?, ?)")
				.params(commentId, reporter.accountId(), reason.name(), cleanDetail, OffsetDateTime.now(clock))
				.update();
		}
		catch (DuplicateKeyException twice) {
			throw Refusal.conflict("이미 신고한 댓글입니다.");
		}
		jdbc.sql("update comments set reports = reports + 1 where id = ?").params(commentId).update();
		int open = comment.reports() + 1;
		if (comment.status() == CommentStatus.VISIBLE && open >= settings.reportsToHide()
				&& comments.move(comment, Set.of(CommentStatus.VISIBLE), CommentStatus.REVIEW, ReviewReason.REPORTS)) {
			log.record(ModerationAction.SYSTEM, ModerationAction.REPORTS_HIDE, commentId, comment.authorId(), null,
					"신고 " + open + "건 누적");
			return true;
		}
		return false;
	}

	private boolean already(long commentId, long readerId) {
		return jdbc.sql("select count(*) from comment_reports where comment_id = ? and reporter_id = ?")
			.params(commentId, readerId)
			.query(Long.class)
			.single() > 0;
	}

	/** The open reports of the given comments, oldest first per comment, in one query. */
	Map<Long, List<CommentReport>> open(Collection<Long> commentIds) {
		Map<Long, List<CommentReport>> byComment = new LinkedHashMap<>();
		if (commentIds.isEmpty()) {
			return byComment;
		}
		jdbc.sql("select comment_id, reason, detail, created_at from comment_reports where comment_id in (:ids) "
				+ "and settled_at is null order by created_at, id")
			.param("ids", List.copyOf(commentIds))
			.query((rs, n) -> new CommentReport(rs.getLong("comment_id"), ReportReason.valueOf(rs.getString("reason")),
					rs.getString("detail"), rs.getObject("created_at", OffsetDateTime.class)))
			.list()
			.forEach(report -> byComment.computeIfAbsent(report.commentId(), id -> new ArrayList<>()).add(report));
		return byComment;
	}
}
