package kr.cjournal.comments.moderation;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;
import kr.cjournal.comments.CommentStatus;
import kr.cjournal.comments.MeasureReason;
import kr.cjournal.core.FieldErrors;
import kr.cjournal.core.PageNumber;
import kr.cjournal.core.Refusal;

/**
 * The public side of temporary measures: anyone files a request against a comment (no sign-in),
 * anyone reads the list of measures taken, and the poster objects to a measure on their comment.
 */
@kr.cjournal.core.SiteController
@Controller
class MeasureRequestController {

	private final TemporaryMeasures measures;

	private final ModeratedComments comments;

	private final MeasureRequestLimit limit;

	private final Readers readers;

	private final ModerationSettings settings;

	private final String siteName;

	MeasureRequestController(TemporaryMeasures measures, ModeratedComments comments, MeasureRequestLimit limit,
			Readers readers, ModerationSettings settings, @Value("${cjournal.site.name:씨저널}") String siteName) {
		this.measures = measures;
		this.comments = comments;
		this.limit = limit;
		this.readers = readers;
		this.settings = settings;
		this.siteName = siteName;
	}

	private PublicPages.Frame frame(CsrfToken csrf) {
		return new PublicPages.Frame(siteName, csrf == null ? "_csrf" : csrf.getParameterName(),
				csrf == null ? "" : csrf.getToken());
	}

	@GetMapping("/comments/{id}/measure-request")
	String form(@PathVariable String id, CsrfToken csrf, Model model) {
		ModeratedComment comment = commentOrRefuse(id);
		return render(model, csrf, comment, MeasureRequest.Form.EMPTY, Map.of(), (String) model.getAttribute("notice"), null, 200,
				null);
	}

	@PostMapping("/comments/{id}/measure-request")
	String file(@PathVariable String id, @RequestParam(required = false) String requesterName,
			@RequestParam(required = false) String requesterContact, @RequestParam(required = false) String requesterEmail,
			@RequestParam(required = false) String reasonClass, @RequestParam(required = false) String reason,
			CsrfToken csrf, Model model, HttpServletRequest request, HttpServletResponse response,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		ModeratedComment comment = commentOrRefuse(id);
		MeasureRequest.Form form = new MeasureRequest.Form(keep(requesterName, MeasureRequest.MAX_NAME),
				keep(requesterContact, MeasureRequest.MAX_CONTACT), keep(requesterEmail, MeasureRequest.MAX_EMAIL),
				keep(reasonClass, 20), keep(reason, MeasureRequest.MAX_REASON));
		FieldErrors errors = new FieldErrors();
		MeasureRequest checked = MeasureRequest.check(new MeasureRequest.Form(requesterName, requesterContact, requesterEmail,
				reasonClass, reason), errors);
		if (checked == null) {
			return render(model, csrf, comment, form, errors.asMap(), null, "입력한 내용을 확인해 주세요.", 400, response);
		}
		if (!limit.take(request.getRemoteAddr())) {
			return render(model, csrf, comment, form, Map.of(), null,
					"요청이 너무 많습니다. 한 시간 뒤에 다시 접수해 주세요.", 429, response);
		}
		try {
			Measure measure = measures.request(comment.id(), checked);
			redirect.addFlashAttribute("notice", "임시조치 요청(접수 번호 " + measure.id() + ")을 접수했습니다. 운영자가 검토한 뒤 "
					+ (checked.email() == null ? "처리합니다." : "이메일로 결과를 알려 드립니다."));
			return "redirect:/comments/" + comment.id() + "/measure-request";
		}
		catch (Refusal refusal) {
			return render(model, csrf, comment, form, Map.of(), null, refusal.getMessage(), refusal.kind().status(), response);
		}
	}

	/** What was typed, cut to what the field allows, so a refused form shows it again without a 100 KB echo. */
	private static String keep(String value, int max) {
		return value == null ? "" : value.length() > max ? value.substring(0, max) : value;
	}

	private String render(Model model, CsrfToken csrf, ModeratedComment comment, MeasureRequest.Form form,
			Map<String, String> errors, String notice, String alert, int status, HttpServletResponse response) {
		if (response != null) {
			response.setStatus(status);
		}
		String text = comment.status() == CommentStatus.VISIBLE ? comment.body() : null;
		model.addAttribute("page", new PublicPages.RequestForm(frame(csrf), comment.id(), text, form, errors, notice, alert,
				List.of(MeasureReason.values())));
		return "comments/moderation/measure-request";
	}

	private ModeratedComment commentOrRefuse(String id) {
		ModeratedComment comment = id.matches("\\d{1,18}") ? comments.find(Long.parseLong(id)).orElse(null) : null;
		if (comment == null || comment.status() == CommentStatus.DELETED || comment.status() == CommentStatus.REMOVED) {
			throw Refusal.notFound("없거나 이미 삭제된 댓글입니다.");
		}
		return comment;
	}

	@GetMapping("/comments/measures")
	String taken(@RequestParam(defaultValue = "1") String page, CsrfToken csrf, Model model) {
		int number = PageNumber.check(page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0);
		model.addAttribute("page", new PublicPages.TakenList(frame(csrf), measures.taken(number, settings.pageSize())));
		return "comments/moderation/measures-taken";
	}

	@GetMapping("/comments/measures/{measureId}/objection")
	Object objectionForm(@PathVariable String measureId, Actor actor, CsrfToken csrf, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Measure measure = measureOrRefuse(measureId);
		String here = "/comments/measures/" + measure.id() + "/objection";
		if (actor.username() == null) {
			return "redirect:/login?next=" + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8);
		}
		ModeratedComment comment = posterOrRefuse(measure, actor);
		model.addAttribute("page", new PublicPages.Objection(frame(csrf), measure, comment.body(), "",
				(String) model.getAttribute("notice"), (String) model.getAttribute("error")));
		return "comments/moderation/objection";
	}

	@PostMapping("/comments/measures/{measureId}/objection")
	ResponseEntity<Object> object(@PathVariable String measureId, @RequestParam(required = false) String text, Actor actor,
			HttpServletRequest request, HttpServletResponse response) {
		Measure measure;
		try {
			measure = measureOrRefuse(measureId);
		}
		catch (Refusal missing) {
			return ReaderAnswers.error(404, missing.getMessage(), null);
		}
		String here = "/comments/measures/" + measure.id() + "/objection";
		if (actor.username() == null) {
			return ReaderAnswers.signInFirst(here, request, response);
		}
		Reader poster = readers.byUsername(actor.username()).orElse(null);
		try {
			if (poster == null) {
				throw Refusal.notAllowed("댓글을 쓴 사람만 이의를 제기할 수 있습니다.");
			}
			measures.object(poster, measure.id(), text);
		}
		catch (Refusal refusal) {
			if (ReaderAnswers.wantsJson(request)) {
				return ReaderAnswers.refused(refusal);
			}
			return ReaderAnswers.seeOther(here, ReaderAnswers.flashError(refusal), request, response);
		}
		String message = "이의 제기를 접수했습니다. 운영자가 검토한 뒤 결과를 알려 드립니다.";
		if (ReaderAnswers.wantsJson(request)) {
			return ReaderAnswers.json(200, Map.of("objected", true, "message", message));
		}
		return ReaderAnswers.seeOther(poster.url(), Map.of("notice", message), request, response);
	}

	private Measure measureOrRefuse(String id) {
		Measure measure = id.matches("\\d{1,18}") ? measures.find(Long.parseLong(id)).orElse(null) : null;
		if (measure == null || measure.appliedAt() == null) {
			throw Refusal.notFound("없는 임시조치입니다.");
		}
		return measure;
	}

	private ModeratedComment posterOrRefuse(Measure measure, Actor actor) {
		Reader reader = readers.byUsername(actor.username()).orElse(null);
		ModeratedComment comment = comments.get(measure.commentId());
		if (reader == null || reader.accountId() != comment.authorId()) {
			throw Refusal.notAllowed("댓글을 쓴 사람만 볼 수 있는 화면입니다.");
		}
		return comment;
	}
}
