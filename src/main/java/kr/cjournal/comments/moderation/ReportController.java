package kr.cjournal.comments.moderation;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;
import kr.cjournal.core.Refusal;

/** A signed-in reader reports a comment: {@code POST /comments/{id}/report}. */
@Controller
class ReportController {

	private final Reports reports;

	private final ModeratedComments comments;

	private final Readers readers;

	ReportController(Reports reports, ModeratedComments comments, Readers readers) {
		this.reports = reports;
		this.comments = comments;
		this.readers = readers;
	}

	@PostMapping("/comments/{id}/report")
	ResponseEntity<Object> report(@PathVariable String id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String detail, Actor actor, HttpServletRequest request,
			HttpServletResponse response) {
		ModeratedComment comment = id.matches("\\d{1,18}") ? comments.find(Long.parseLong(id)).orElse(null) : null;
		if (comment == null) {
			return ReaderAnswers.error(404, "없는 댓글입니다.", null);
		}
		String back = "/article/" + comment.articleId() + "/comments";
		if (actor.username() == null) {
			return ReaderAnswers.signInFirst(back, request, response);
		}
		try {
			Reader reader = readers.byUsername(actor.username())
				.orElseThrow(() -> Refusal.notAllowed("독자 계정으로 로그인해야 신고할 수 있습니다."));
			reports.file(comment.id(), reader, Reports.reason(reason), detail);
		}
		catch (Refusal refusal) {
			if (ReaderAnswers.wantsJson(request)) {
				return ReaderAnswers.refused(refusal);
			}
			return ReaderAnswers.seeOther(back + "#comment-" + comment.id(), ReaderAnswers.flashError(refusal), request, response);
		}
		String message = "신고가 접수되었습니다.";
		if (ReaderAnswers.wantsJson(request)) {
			return ReaderAnswers.json(200, Map.of("reported", true, "message", message));
		}
		return ReaderAnswers.seeOther(back + "#comment-" + comment.id(), Map.of("notice", message), request, response);
	}
}
