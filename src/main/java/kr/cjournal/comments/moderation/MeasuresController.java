package kr.cjournal.comments.moderation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.Page;
import kr.cjournal.core.Refusal;
import kr.cjournal.core.StaffController;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;

/** The moderators' list of temporary measures: due ones first, then open requests; and each step. */
@StaffController
@Controller
class MeasuresController {

	private final TemporaryMeasures measures;

	private final ModeratedComments comments;

	private final Articles articles;

	private final ModerationSettings settings;

	MeasuresController(TemporaryMeasures measures, ModeratedComments comments, Articles articles,
			ModerationSettings settings) {
		this.measures = measures;
		this.comments = comments;
		this.articles = articles;
		this.settings = settings;
	}

	@GetMapping("/newsroom/comments/measures")
	String list(@RequestParam(defaultValue = "1") String page, Actor actor, Model model) {
		Moderation.mayModerate(actor);
		Page<Measure> found = measures.open(ModerationController.pageNumber(page), settings.pageSize());
		Map<Long, ModeratedComment> byId = comments.byIds(new java.util.HashSet<>(found.items().stream().map(Measure::commentId).toList()));
		Map<Long, ArticleSummary> stories = new HashMap<>();
		articles.summaries(byId.values().stream().map(ModeratedComment::articleId).distinct().toList())
			.forEach(story -> stories.put(story.id(), story));
		var now = measures.now();
		List<StaffPages.MeasureLine> lines = new ArrayList<>();
		for (Measure measure : found.items()) {
			ModeratedComment comment = byId.get(measure.commentId());
			ArticleSummary story = comment == null ? null : stories.get(comment.articleId());
			lines.add(new StaffPages.MeasureLine(measure, comment,
					story == null ? (comment == null ? "" : "(내려간 기사 " + comment.articleId() + ")") : story.headline(),
					story == null ? null : story.url(), measure.dueAt(now)));
		}
		model.addAttribute("page", new StaffPages.Measures(lines, found, settings.maxMeasureDays(),
				(String) model.getAttribute("notice"), (String) model.getAttribute("alert")));
		return "comments/moderation/measures";
	}

	@PostMapping("/newsroom/comments/measures/{id}/apply")
	String apply(@PathVariable long id, @RequestParam(required = false) String days, Actor actor, RedirectAttributes redirect) {
		int length = days != null && days.matches("\\d{1,3}") ? Integer.parseInt(days) : 0;
		return act(actor, redirect, "임시조치를 적용했습니다. 요청인과 작성자에게 알렸습니다.", () -> measures.apply(actor, id, length));
	}

	@PostMapping("/newsroom/comments/measures/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor,
			RedirectAttributes redirect) {
		return act(actor, redirect, "요청을 기각했습니다.", () -> measures.reject(actor, id, reason));
	}

	@PostMapping("/newsroom/comments/measures/{id}/restore")
	String restore(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor,
			RedirectAttributes redirect) {
		return act(actor, redirect, "댓글을 복원했습니다. 요청인과 작성자에게 알렸습니다.", () -> measures.restore(actor, id, reason));
	}

	@PostMapping("/newsroom/comments/measures/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor,
			RedirectAttributes redirect) {
		return act(actor, redirect, "댓글을 삭제했습니다. 요청인과 작성자에게 알렸습니다.", () -> measures.delete(actor, id, reason));
	}

	private static String act(Actor actor, RedirectAttributes redirect, String notice, Supplier<?> step) {
		Moderation.mayModerate(actor);
		try {
			step.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Refusal refusal) {
			if (refusal.kind() == Refusal.Kind.NOT_ALLOWED) {
				throw refusal;
			}
			redirect.addFlashAttribute("alert", refusal.getMessage());
		}
		return "redirect:/newsroom/comments/measures";
	}
}
