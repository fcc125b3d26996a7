package kr.cjournal.comments;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.FieldErrors;
import kr.cjournal.core.Refusal;
import kr.cjournal.core.StaffController;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;

/**
 * The desk's comment switches: the site's pre-moderation, newcomers' pre-moderation and quiet
 * hours, and per story 댓글 닫기/열기 and 기사 사전 검토. Desk editors and administrators only.
 */
@StaffController
@Controller
class DeskCommentsController {

	private final CommentSettings settings;

	private final StorySwitches switches;

	private final Articles articles;

	DeskCommentsController(CommentSettings settings, StorySwitches switches, Articles articles) {
		this.settings = settings;
		this.switches = switches;
		this.articles = articles;
	}

	@GetMapping("/newsroom/comments/settings")
	String settings(Actor actor, Model model) {
		desk(actor);
		SiteCommentSettings current = settings.current();
		model.addAttribute("page", new CommentSettingsPage(current, CommentSettingsPage.Form.of(current),
				(String) model.getAttribute("notice"), null));
		return "comments/desk-settings";
	}

	@PostMapping("/newsroom/comments/settings")
	String saveSettings(@RequestParam(defaultValue = "false") boolean premoderated,
			@RequestParam(required = false) String newcomerCount, @RequestParam(required = false) String quietFrom,
			@RequestParam(required = false) String quietUntil, Actor actor, Model model, RedirectAttributes redirect) {
		desk(actor);
		CommentSettingsPage.Form form = new CommentSettingsPage.Form(premoderated, newcomerCount, quietFrom, quietUntil);
		FieldErrors errors = new FieldErrors();
		String count = FieldErrors.clean(newcomerCount);
		if (count == null || !count.matches("\\d{1,2}")) {
			errors.add("newcomerCount", "새 독자 검토 개수는 0에서 99 사이의 숫자로 적어 주세요.");
		}
		LocalTime from = time(errors, "quietFrom", quietFrom);
		LocalTime until = time(errors, "quietUntil", quietUntil);
		if (!errors.has("quietFrom") && !errors.has("quietUntil") && (from == null) != (until == null)) {
			errors.add("quietFrom", "조용한 시간은 시작과 끝을 함께 적거나 둘 다 비워 주세요.");
		}
		if (from != null && from.equals(until)) {
			errors.add("quietFrom", "조용한 시간의 시작과 끝이 같습니다.");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("page", new CommentSettingsPage(settings.current(), form, null,
					String.join(" ", errors.asMap().values())));
			return "comments/desk-settings";
		}
		SiteCommentSettings saved = settings.save(actor,
				new SiteCommentSettings(premoderated, Integer.parseInt(count), from, until));
		redirect.addFlashAttribute("notice", "댓글 설정을 저장했습니다. " + CommentSettings.describe(saved) + ".");
		return "redirect:/newsroom/comments/settings";
	}

	/** The settings page's "기사 번호로 찾기". */
	@GetMapping("/newsroom/comments/stories")
	String findStory(@RequestParam(required = false) String articleId, Actor actor) {
		desk(actor);
		Long id = FieldErrors.id(articleId);
		if (id == null) {
			throw Refusal.invalid("articleId", "기사 번호를 숫자로 적어 주세요.");
		}
		return "redirect:/newsroom/comments/stories/" + id;
	}

	@GetMapping("/newsroom/comments/stories/{articleId}")
	String story(@PathVariable long articleId, Actor actor, Model model) {
		desk(actor);
		ArticleSummary story = published(articleId);
		StorySwitches.Switches current = switches.of(articleId);
		model.addAttribute("page", new StoryCommentsPage(articleId, story.headline(), current.closed(),
				current.premoderated(), current.visibleCount(), (String) model.getAttribute("notice")));
		return "comments/desk-story";
	}

	@PostMapping("/newsroom/comments/stories/{articleId}/closed")
	String close(@PathVariable long articleId, @RequestParam boolean closed, Actor actor, RedirectAttributes redirect) {
		desk(actor);
		switches.close(actor, articleId, published(articleId).headline(), closed);
		redirect.addFlashAttribute("notice", closed ? "이 기사의 댓글을 닫았습니다." : "이 기사의 댓글을 다시 열었습니다.");
		return "redirect:/newsroom/comments/stories/" + articleId;
	}

	@PostMapping("/newsroom/comments/stories/{articleId}/premoderation")
	String premoderate(@PathVariable long articleId, @RequestParam boolean premoderated, Actor actor,
			RedirectAttributes redirect) {
		desk(actor);
		switches.premoderate(actor, articleId, published(articleId).headline(), premoderated);
		redirect.addFlashAttribute("notice",
				premoderated ? "이 기사의 새 댓글은 검토한 뒤에 공개됩니다." : "이 기사의 사전 검토를 껐습니다.");
		return "redirect:/newsroom/comments/stories/" + articleId;
	}

	private ArticleSummary published(long articleId) {
		List<ArticleSummary> found = articles.summaries(List.of(articleId));
		if (found.isEmpty()) {
			throw Refusal.notFound("게재 중인 기사 가운데 " + articleId + "번 기사가 없습니다.");
		}
		return found.get(0);
	}

	private static void desk(Actor actor) {
		if (!actor.isDesk()) {
			throw Refusal.notAllowed("댓글 설정은 데스크(편집자, 관리자)만 바꿀 수 있습니다.");
		}
	}

	private static LocalTime time(FieldErrors errors, String field, String value) {
		String cleaned = FieldErrors.clean(value);
		if (cleaned == null) {
			return null;
		}
		try {
			return LocalTime.parse(cleaned.length() == 4 ? "0" + cleaned : cleaned);
		}
		catch (DateTimeParseException e) {
			errors.add(field, "조용한 시간은 00:00처럼 시:분으로 적어 주세요.");
			return null;
		}
	}
}
