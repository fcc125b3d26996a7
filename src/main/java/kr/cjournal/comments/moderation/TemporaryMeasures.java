package kr.cjournal.comments.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;
import kr.cjournal.comments.CommentStatus;
import kr.cjournal.comments.MeasureReason;
import kr.cjournal.comments.MeasureStatus;
import kr.cjournal.core.Kst;
import kr.cjournal.core.Page;
import kr.cjournal.core.Refusal;

/**
 * Temporary measures under 정보통신망법 §44-2: someone whose rights a comment infringes files a
 * request; a moderator blinds the comment for 1 to 30 days or rejects the request; the poster may
 * object once; at or before the end the moderator restores or deletes the comment. Requester and
 * poster are told of each decision, and every step is in the moderation log.
 */
@Component
class TemporaryMeasures {

	private static final String POLICY = "정보통신망법 제44조의2에 따른 임시조치";

	private final JdbcClient jdbc;

	private final ModeratedComments comments;

	private final ModerationLog log;

	private final ReaderNotices notices;

	private final Letters letters;

	private final Readers readers;

	private final ModerationSettings settings;

	private final Clock clock;

	TemporaryMeasures(JdbcClient jdbc, ModeratedComments comments, ModerationLog log, ReaderNotices notices,
			Letters letters, Readers readers, ModerationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.comments = comments;
		this.log = log;
		this.notices = notices;
		this.letters = letters;
		this.readers = readers;
		this.settings = settings;
		this.clock = clock;
	}

	Optional<Measure> find(long id) {
		return jdbc.sql("select * from comment_measures where id = ?").params(id).query(TemporaryMeasures::row).optional();
	}

	private Measure lock(long id) {
		return jdbc.sql("select * from comment_measures where id = ? for update")
			.params(id)
			.query(TemporaryMeasures::row)
			.optional()
			.orElseThrow(() -> Refusal.notFound("없는 임시조치 요청입니다."));
	}

	/** Files a checked request for a comment that is still up. */
	@Transactional
	Measure request(long commentId, MeasureRequest form) {
		ModeratedComment comment = comments.get(commentId);
		if (comment.status() == CommentStatus.DELETED || comment.status() == CommentStatus.REMOVED) {
			throw Refusal.notFound("이미 삭제된 댓글입니다.");
		}
		if (comment.status() == CommentStatus.BLINDED) {
			throw Refusal.conflict("이미 임시조치된 댓글입니다.");
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into comment_measures (comment_id, requester_name, requester_contact, requester_email, "
				+ "reason_class, reason, status, filed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(commentId, form.name(), form.contact(), form.email(), form.reasonClass().name(), form.reason(),
					MeasureStatus.REQUESTED.name(), OffsetDateTime.now(clock))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		log.record(ModerationAction.REQUESTER, ModerationAction.MEASURE_REQUEST, commentId, comment.authorId(), id,
				form.reasonClass().label());
		letters.send(form.email(), "[씨저널] 임시조치 요청을 접수했습니다",
				form.name() + "님,\n\n요청하신 댓글(번호 " + commentId + ")에 대한 임시조치 요청(번호 " + id
						+ ")을 접수했습니다. 운영자가 검토한 뒤 결과를 알려 드립니다.");
		return find(id).orElseThrow();
	}

	/** Blinds the comment for {@code days} days (1 to the configured maximum). */
	@Transactional
	Measure apply(Actor actor, long measureId, int days) {
		Moderation.mayModerate(actor);
		if (days < 1 || days > settings.maxMeasureDays()) {
			throw Refusal.invalid("days", "임시조치 기간은 1일에서 " + settings.maxMeasureDays() + "일 사이로 정해 주세요.");
		}
		Measure measure = lock(measureId);
		requireStatus(measure, MeasureStatus.REQUESTED);
		ModeratedComment comment = comments.lock(measure.commentId());
		if (!comments.move(comment, Set.of(CommentStatus.VISIBLE, CommentStatus.REVIEW), CommentStatus.BLINDED, null)) {
			throw Refusal.conflict(comment.status() == CommentStatus.BLINDED ? "이 댓글에는 이미 임시조치가 적용되어 있습니다."
					: "이미 삭제된 댓글입니다. 요청을 기각해 주세요.");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime due = now.plusDays(days);
		jdbc.sql("update comment_measures set status = ?, applied_at = ?, due_at = ?, moderator = ? where id = ?")
			.params(MeasureStatus.APPLIED.name(), now, due, actor.username(), measureId)
			.update();
		log.record(actor.username(), ModerationAction.MEASURE_APPLY, comment.id(), comment.authorId(), measureId,
				days + "일 (" + Kst.minutes(due) + "까지)");
		letters.send(measure.requesterEmail(), "[씨저널] 요청하신 댓글에 임시조치를 했습니다",
				measure.requesterName() + "님,\n\n요청(번호 " + measureId + ")하신 댓글을 " + Kst.minutes(due)
						+ "까지 가렸습니다(" + POLICY + "). 기간이 끝나면 운영자가 복원하거나 삭제합니다.");
		readers.byId(comment.authorId())
			.ifPresent(poster -> notices.tell(poster, "MEASURE_APPLIED", "[씨저널] 회원님의 댓글에 임시조치가 되었습니다",
					"권리침해 신고(" + measure.reasonClass().label() + ")에 따라 회원님의 댓글을 " + Kst.minutes(due)
							+ "까지 가렸습니다(" + POLICY + ").\n댓글: " + comment.body()
							+ "\n이의가 있으면 기간 안에 한 번 제기할 수 있습니다: " + letters.link("/comments/measures/" + measureId + "/objection"),
					comment.id(), measureId));
		return find(measureId).orElseThrow();
	}

	@Transactional
	Measure reject(Actor actor, long measureId, String reasonText) {
		Moderation.mayModerate(actor);
		String reason = Moderation.reason(reasonText);
		Measure measure = lock(measureId);
		requireStatus(measure, MeasureStatus.REQUESTED);
		close(measureId, MeasureStatus.REJECTED, actor);
		log.record(actor.username(), ModerationAction.MEASURE_REJECT, measure.commentId(), null, measureId, reason);
		letters.send(measure.requesterEmail(), "[씨저널] 임시조치 요청을 받아들이지 않았습니다",
				measure.requesterName() + "님,\n\n요청(번호 " + measureId + ")을 검토한 결과 임시조치를 하지 않기로 했습니다.\n사유: " + reason);
		return find(measureId).orElseThrow();
	}

	/** The poster objects, once, while the measure is in force. */
	@Transactional
	Measure object(Reader poster, long measureId, String text) {
		String objection = kr.cjournal.core.FieldErrors.clean(text);
		if (objection == null) {
			throw Refusal.invalid("text", "이의 내용을 적어 주세요.");
		}
		if (objection.length() > MeasureRequest.MAX_REASON) {
			throw Refusal.invalid("text", "이의 내용은 " + MeasureRequest.MAX_REASON + "자까지 쓸 수 있습니다.");
		}
		Measure measure = lock(measureId);
		ModeratedComment comment = comments.get(measure.commentId());
		if (comment.authorId() != poster.accountId()) {
			throw Refusal.notAllowed("댓글을 쓴 사람만 이의를 제기할 수 있습니다.");
		}
		if (measure.status() == MeasureStatus.OBJECTED) {
			throw Refusal.conflict("이미 이의를 제기했습니다. 운영자가 검토하고 있습니다.");
		}
		requireStatus(measure, MeasureStatus.APPLIED);
		jdbc.sql("update comment_measures set status = ?, objection = ?, objected_at = ? where id = ?")
			.params(MeasureStatus.OBJECTED.name(), objection, OffsetDateTime.now(clock), measureId)
			.update();
		log.record(ModerationAction.POSTER, ModerationAction.MEASURE_OBJECTION, comment.id(), poster.accountId(), measureId,
				objection);
		return find(measureId).orElseThrow();
	}

	/** Ends the measure by showing the comment again. */
	@Transactional
	Measure restore(Actor actor, long measureId, String reasonText) {
		return end(actor, measureId, reasonText, true);
	}

	/** Ends the measure by removing the comment for good. */
	@Transactional
	Measure delete(Actor actor, long measureId, String reasonText) {
		return end(actor, measureId, reasonText, false);
	}

	private Measure end(Actor actor, long measureId, String reasonText, boolean restore) {
		Moderation.mayModerate(actor);
		String reason = kr.cjournal.core.FieldErrors.clean(reasonText);
		if (reason != null && reason.length() > Moderation.MAX_REASON) {
			throw Refusal.invalid("reason", "사유는 " + Moderation.MAX_REASON + "자까지 쓸 수 있습니다.");
		}
		Measure measure = lock(measureId);
		if (!measure.inForce()) {
			throw Refusal.conflict("임시조치 중인 요청이 아닙니다. 다른 운영자가 이미 처리했을 수 있습니다.");
		}
		ModeratedComment comment = comments.lock(measure.commentId());
		comments.move(comment, Set.of(CommentStatus.BLINDED), restore ? CommentStatus.VISIBLE : CommentStatus.REMOVED, null);
		close(measureId, restore ? MeasureStatus.RESTORED : MeasureStatus.DELETED, actor);
		log.record(actor.username(), restore ? ModerationAction.MEASURE_RESTORE : ModerationAction.MEASURE_DELETE,
				comment.id(), comment.authorId(), measureId, reason);
		String outcome = restore ? "임시조치 기간이 끝나 댓글을 다시 보이게 했습니다." : "임시조치 뒤 검토한 결과 댓글을 삭제했습니다.";
		letters.send(measure.requesterEmail(), "[씨저널] 임시조치가 끝났습니다",
				measure.requesterName() + "님,\n\n요청(번호 " + measureId + ")하신 댓글의 " + outcome);
		readers.byId(comment.authorId())
			.ifPresent(poster -> notices.tell(poster, restore ? "MEASURE_RESTORED" : "MEASURE_DELETED",
					"[씨저널] 회원님 댓글의 임시조치가 끝났습니다", "회원님 댓글의 " + outcome + "\n댓글: " + comment.body(), comment.id(),
					measureId));
		return find(measureId).orElseThrow();
	}

	private void close(long measureId, MeasureStatus status, Actor actor) {
		jdbc.sql("update comment_measures set status = ?, closed_at = ?, moderator = ? where id = ?")
			.params(status.name(), OffsetDateTime.now(clock), actor.username(), measureId)
			.update();
	}

	private static void requireStatus(Measure measure, MeasureStatus expected) {
		if (measure.status() != expected) {
			throw Refusal.conflict("이 요청은 지금 " + measure.status().label() + " 상태라 그렇게 할 수 없습니다.");
		}
	}

	/**
	 * What the moderator must look at: measures in force, the due ones first (soonest end first),
	 * then open requests, oldest first.
	 */
	Page<Measure> open(int page, int size) {
		String where = " where status in ('REQUESTED', 'APPLIED', 'OBJECTED')";
		long total = jdbc.sql("select count(*) from comment_measures" + where).query(Long.class).single();
		List<Measure> items = jdbc.sql("select * from comment_measures" + where
				+ " order by case when status = 'REQUESTED' then 1 else 0 end, due_at, filed_at, id limit :limit offset :offset")
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query(TemporaryMeasures::row)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** How many measures in force are at or past their end. */
	long dueCount() {
		return jdbc.sql("select count(*) from comment_measures where status in ('APPLIED', 'OBJECTED') and due_at <= ?")
			.params(OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
	}


	/** Measures ever applied, newest first: no names, contacts, text or nicknames. */
	Page<MeasureTaken> taken(int page, int size) {
		long total = jdbc.sql("select count(*) from comment_measures where applied_at is not null").query(Long.class).single();
		List<MeasureTaken> items = jdbc.sql("select applied_at, reason_class, status, closed_at, due_at from comment_measures "
				+ "where applied_at is not null order by applied_at desc, id desc limit :limit offset :offset")
			.param("limit", size)
			.param("offset", (long) (page - 1) * size)
			.query((rs, n) -> new MeasureTaken(rs.getObject("applied_at", OffsetDateTime.class),
					MeasureReason.valueOf(rs.getString("reason_class")), MeasureStatus.valueOf(rs.getString("status")),
					rs.getObject("closed_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class)))
			.list();
		return new Page<>(items, page, size, total);
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	static Measure row(ResultSet rs, int n) throws SQLException {
		return new Measure(rs.getLong("id"), rs.getLong("comment_id"), rs.getString("requester_name"),
				rs.getString("requester_contact"), rs.getString("requester_email"),
				MeasureReason.valueOf(rs.getString("reason_class")), rs.getString("reason"),
				MeasureStatus.valueOf(rs.getString("status")), rs.getObject("filed_at", OffsetDateTime.class),
				rs.getObject("applied_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
				rs.getString("objection"), rs.getObject("objected_at", OffsetDateTime.class),
				rs.getObject("closed_at", OffsetDateTime.class), rs.getString("moderator"));
	}
}
