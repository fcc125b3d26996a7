package kr.cjournal.comments.moderation;

import java.time.Duration;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Readers;
import kr.cjournal.comments.CommentStatus;
import kr.cjournal.core.FieldErrors;
import kr.cjournal.core.Refusal;

/**
 * What a moderator does from the queue: approve a comment, remove it with a reason, limit its
 * author for 1, 7 or 30 days or for good, lift a limit. Each step and its log row share one
 * transaction; the reader is told of a removal or a ban on their page and by e-mail.
 */
@Component
class Moderation {

	static final int MAX_REASON = 500;

	/** The lengths a ban may have, in days; 0 is for good. */
	static final Set<Integer> BAN_DAYS = Set.of(1, 7, 30, 0);

	private final ModeratedComments comments;

	private final Bans bans;

	private final ModerationLog log;

	private final ReaderNotices notices;

	private final Readers readers;

	Moderation(ModeratedComments comments, Bans bans, ModerationLog log, ReaderNotices notices, Readers readers) {
		this.comments = comments;
		this.bans = bans;
		this.log = log;
		this.notices = notices;
		this.readers = readers;
	}

	static void mayModerate(Actor actor) {
		if (!actor.canModerate()) {
			throw Refusal.notAllowed("댓글 운영자(모더레이터)나 관리자만 할 수 있는 일입니다.");
		}
	}

	static String reason(String value) {
		String reason = FieldErrors.clean(value);
		if (reason == null) {
			throw Refusal.invalid("reason", "사유를 적어 주세요.");
		}
		if (reason.length() > MAX_REASON) {
			throw Refusal.invalid("reason", "사유는 " + MAX_REASON + "자까지 쓸 수 있습니다.");
		}
		return reason;
	}

	/** Shows the comment to everyone again and puts its reports aside. */
	@Transactional
	ModeratedComment approve(Actor actor, long commentId) {
		mayModerate(actor);
		ModeratedComment comment = comments.lock(commentId);
		boolean reported = comment.status() == CommentStatus.VISIBLE && comment.reports() > 0;
		if (comment.status() != CommentStatus.REVIEW && !reported) {
			throw Refusal.conflict("검토를 기다리는 댓글이 아닙니다. 다른 운영자가 이미 처리했을 수 있습니다.");
		}
		if (comment.status() == CommentStatus.REVIEW) {
			comments.move(comment, Set.of(CommentStatus.REVIEW), CommentStatus.VISIBLE, null);
		}
		comments.settleReports(commentId);
		log.record(actor.username(), ModerationAction.APPROVE, commentId, comment.authorId(), null, null);
		return comment;
	}

	@Transactional
	ModeratedComment remove(Actor actor, long commentId, String reasonText) {
		mayModerate(actor);
		String reason = reason(reasonText);
		ModeratedComment comment = comments.lock(commentId);
		removeLocked(actor, comment, reason);
		return comment;
	}

	private void removeLocked(Actor actor, ModeratedComment comment, String reason) {
		if (!comments.move(comment, Set.of(CommentStatus.VISIBLE, CommentStatus.REVIEW), CommentStatus.REMOVED, null)) {
			throw Refusal.conflict(comment.status() == CommentStatus.BLINDED
					? "임시조치 중인 댓글입니다. 임시조치 화면에서 복원하거나 삭제해 주세요."
					: "이미 삭제되었거나 가려진 댓글입니다.");
		}
		comments.settleReports(comment.id());
		log.record(actor.username(), ModerationAction.REMOVE, comment.id(), comment.authorId(), null, reason);
		readers.byId(comment.authorId())
			.ifPresent(author -> notices.tell(author, "COMMENT_REMOVED", "[씨저널] 댓글이 삭제되었습니다",
					"회원님의 댓글이 운영 원칙에 따라 삭제되었습니다.\n사유: " + reason + "\n댓글: " + comment.body(), comment.id(), null));
	}

	/**
	 * Limits the comment's author and, if asked, removes the comment too.
	 * @param days 1, 7, 30, or 0 for good
	 */
	@Transactional
	Ban ban(Actor actor, long commentId, int days, String reasonText, boolean removeComment) {
		mayModerate(actor);
		String reason = reason(reasonText);
		if (!BAN_DAYS.contains(days)) {
			throw Refusal.invalid("days", "이용 제한 기간은 1일, 7일, 30일, 영구 가운데 골라 주세요.");
		}
		ModeratedComment comment = comments.lock(commentId);
		if (removeComment) {
			removeLocked(actor, comment, reason);
		}
		return banReader(actor, comment.authorId(), comment.id(), days, reason);
	}

	/** Limits a reader from their page in the moderator's tools, without a comment in hand. */
	@Transactional
	Ban banReader(Actor actor, long readerId, Long commentId, int days, String reasonText) {
		mayModerate(actor);
		String reason = reason(reasonText);
		if (!BAN_DAYS.contains(days)) {
			throw Refusal.invalid("days", "이용 제한 기간은 1일, 7일, 30일, 영구 가운데 골라 주세요.");
		}
		var reader = readers.byId(readerId).orElseThrow(() -> Refusal.notFound("없는 독자입니다."));
		Ban ban = bans.impose(readerId, days == 0 ? null : Duration.ofDays(days), reason, actor.username());
		log.record(actor.username(), ModerationAction.BAN, commentId, readerId, null,
				(days == 0 ? "영구" : days + "일") + ": " + reason);
		notices.tell(reader, "BANNED", "[씨저널] 댓글 이용이 제한되었습니다",
				(days == 0 ? "회원님의 댓글 쓰기가 영구히 제한되었습니다." : "회원님의 댓글 쓰기가 " + ban.term() + " 제한되었습니다.")
						+ "\n사유: " + reason,
				commentId, null);
		return ban;
	}

	@Transactional
	Ban lift(Actor actor, long banId, String reasonText) {
		mayModerate(actor);
		String reason = FieldErrors.clean(reasonText);
		if (reason != null && reason.length() > MAX_REASON) {
			throw Refusal.invalid("reason", "사유는 " + MAX_REASON + "자까지 쓸 수 있습니다.");
		}
		Ban ban = bans.find(banId).orElseThrow(() -> Refusal.notFound("없는 이용 제한입니다."));
		if (!bans.lift(banId)) {
			throw Refusal.conflict("이미 해제되었거나 끝난 이용 제한입니다.");
		}
		log.record(actor.username(), ModerationAction.LIFT_BAN, null, ban.readerId(), null, reason);
		return ban;
	}
}
