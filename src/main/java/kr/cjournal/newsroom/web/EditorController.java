package kr.cjournal.newsroom.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.Kst;
import kr.cjournal.core.StaffController;
import kr.cjournal.newsroom.ArticleStatus;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.EditConflict;
import kr.cjournal.newsroom.Manuscript;
import kr.cjournal.newsroom.Manuscripts;
import kr.cjournal.newsroom.MentionReviews;
import kr.cjournal.newsroom.NewsroomRefusal;
import kr.cjournal.newsroom.Reporters;
import kr.cjournal.newsroom.Sections;

/**
 * The article editor and the desk's actions on one article. A refused save shows the editor
 * again with the writer's text as typed and the reason beside the field.
 */
@StaffController
@Controller
class EditorController {

	private final Desk desk;

	private final Manuscripts manuscripts;

	private final Sections sections;

	private final Reporters reporters;

	private final ObjectProvider<MentionReviews> mentionReviews;

	EditorController(Desk desk, Manuscripts manuscripts, Sections sections, Reporters reporters,
			ObjectProvider<MentionReviews> mentionReviews) {
		this.mentionReviews = mentionReviews;
		this.desk = desk;
		this.manuscripts = manuscripts;
		this.sections = sections;
		this.reporters = reporters;
	}

	/** A new story starts as an empty draft, so autosave always has an article to save to. */
	@PostMapping("/newsroom/articles")
	String create(Actor actor) {
		long section = sections.topLevel().isEmpty() ? -1 : sections.topLevel().get(0).id();
		long id = desk.createDraft(actor, new Draft(section, "", null, "", List.of(), List.of()));
		return "redirect:/newsroom/articles/" + id + "/edit";
	}

	@GetMapping("/newsroom/articles/{id}/edit")
	String edit(@PathVariable long id, Actor actor, Model model) {
		Manuscript manuscript = desk.read(actor, id);
		return show(model, actor, manuscript, ArticleForm.of(manuscript), Map.of(), null);
	}

	@PostMapping("/newsroom/articles/{id}")
	String save(@PathVariable long id, @ModelAttribute ArticleForm form, Actor actor,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		// A refused save shows the editor again, so only to someone who may read the story.
		Manuscript manuscript = desk.read(actor, id);
		try {
			desk.save(actor, id, form.versionNumber(), form.draft(), false);
			redirect.addFlashAttribute("notice", "저장했습니다.");
			return "redirect:/newsroom/articles/" + id + "/edit";
		}
		catch (NewsroomRefusal refusal) {
			response.setStatus(refusal.kind().status());
			Map<String, String> errors = refusal.field() == null ? Map.of() : Map.of(refusal.field(), refusal.getMessage());
			return show(model, actor, refusal instanceof EditConflict ? find(id) : manuscript, form, errors,
					refusal.getMessage());
		}
	}

	@PostMapping("/newsroom/articles/{id}/correct")
	String correct(@PathVariable long id, @ModelAttribute ArticleForm form, @RequestParam(required = false) String note,
			Actor actor, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		desk.read(actor, id);
		try {
			desk.correct(actor, id, form.versionNumber(), form.draft(), note);
			redirect.addFlashAttribute("notice", "수정 출고했습니다. 독자 화면에 수정 시각이 표시됩니다.");
			return "redirect:/newsroom/articles/" + id + "/edit";
		}
		catch (NewsroomRefusal refusal) {
			response.setStatus(refusal.kind().status());
			Map<String, String> errors = refusal.field() == null ? Map.of() : Map.of(refusal.field(), refusal.getMessage());
			return show(model, actor, find(id), form, errors, refusal.getMessage());
		}
	}

	@PostMapping("/newsroom/articles/{id}/submit")
	String submit(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		return act(id, redirect, "데스크에 넘겼습니다.", () -> desk.submit(actor, id));
	}

	@PostMapping("/newsroom/articles/{id}/send-back")
	String sendBack(@PathVariable long id, @RequestParam(required = false) String comment, Actor actor,
			RedirectAttributes redirect) {
		return act(id, redirect, "기자에게 돌려보냈습니다.", () -> desk.sendBack(actor, id, comment));
	}

	@PostMapping("/newsroom/articles/{id}/publish")
	String publish(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		return act(id, redirect, "출고했습니다. 독자 화면에 바로 보입니다.", () -> desk.publishNow(actor, id));
	}

	@PostMapping("/newsroom/articles/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam(required = false) String publishAt,
			@RequestParam(defaultValue = "false") boolean embargo, Actor actor,
			RedirectAttributes redirect) {
		return act(id, redirect, embargo ? "엠바고를 걸었습니다. 해제 시각에 자동 출고됩니다." : "예약했습니다. 정한 시각에 자동 출고됩니다.",
				() -> desk.schedule(actor, id, kst(publishAt), embargo));
	}

	@PostMapping("/newsroom/articles/{id}/unpublish")
	String unpublish(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor,
			RedirectAttributes redirect) {
		return act(id, redirect, "출고를 취소했습니다. 독자에게는 삭제된 기사로 안내됩니다.",
				() -> desk.unpublish(actor, id, reason));
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (NewsroomRefusal refusal) {
			if (refusal.kind() == NewsroomRefusal.Kind.NOT_FOUND) {
				throw refusal;
			}
			redirect.addFlashAttribute("alert", refusal.getMessage());
		}
		return "redirect:/newsroom/articles/" + id + "/edit";
	}

	private String show(Model model, Actor actor, Manuscript manuscript, ArticleForm form, Map<String, String> errors,
			String alert) {
		boolean owner = manuscript.isOwnedBy(actor.username());
		boolean canEdit = manuscript.status() != ArticleStatus.UNPUBLISHED
				&& (actor.isDesk() || (owner && actor.canWrite() && manuscript.status() == ArticleStatus.DRAFT));
		OffsetDateTime scheduled = manuscript.publishAt();
		model.addAttribute("page", new EditorPage(manuscript, form, SectionOption.all(sections), reporters.all(), errors,
				(String) model.getAttribute("notice"), alert != null ? alert : (String) model.getAttribute("alert"),
				actor.isDesk(), canEdit, manuscript.status() == ArticleStatus.DRAFT && (owner || actor.isDesk()),
				scheduled == null ? "" : Kst.inputValue(scheduled)));
		if (actor.isDesk() && manuscript.status() == ArticleStatus.PUBLISHED) {
			model.addAttribute("mentionReviews", mentionReviews.getIfAvailable(() -> MentionReviews.NONE)
				.openFor(manuscript.id())
				.stream()
				.map(review -> new ReviewLine(review, null))
				.toList());
		}
		return "newsroom/editor";
	}

	private Manuscript find(long id) {
		return manuscripts.find(id).orElseThrow(NewsroomRefusal::notFound);
	}

	/** A {@code datetime-local} value, read as KST; null when empty or malformed. */
	private static OffsetDateTime kst(String value) {
		try {
			return value == null || value.isBlank() ? null
					: LocalDateTime.parse(value.strip()).atZone(Kst.ZONE).toOffsetDateTime();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
