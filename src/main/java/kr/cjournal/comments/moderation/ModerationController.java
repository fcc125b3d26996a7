package kr.cjournal.comments.moderation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;
import kr.cjournal.core.FieldErrors;
import kr.cjournal.core.Page;
import kr.cjournal.core.PageNumber;
import kr.cjournal.core.Refusal;
import kr.cjournal.core.StaffController;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;

/**
 * The moderators' queue ({@code /newsroom/comments}): comments waiting for review and reported
 * ones, and what a moderator does with them; a reader's comments and bans; the moderation log.
 */
@StaffController
@Controller
class ModerationController {

	private final ModeratedComments comments;

	private final Reports reports;

	private final Moderation moderation;

	private final Bans bans;

	private final ModerationLog log;

	private final TemporaryMeasures measures;

	private final Readers readers;

	private final Articles articles;

	private final ModerationSettings settings;

	ModerationController(ModeratedComments comments, Reports reports, Moderation moderation, Bans bans, ModerationLog log,
			TemporaryMeasures measures, Readers readers, Articles articles, ModerationSettings settings) {
		this.comments = comments;
		this.reports = reports;
		this.moderation = moderation;
		this.bans = bans;
		this.log = log;
		this.measures = measures;
		this.readers = readers;
		this.articles = articles;
		this.settings = settings;
	}

	static int pageNumber(String page) {
		return PageNumber.check(page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0);
	}

	@GetMapping("/newsroom/comments")
	String queue(@RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String article, Actor actor,
			Model model) {
		Moderation.mayModerate(actor);
		Long articleId = FieldErrors.id(article);
		Page<ModeratedComment> found = comments.queue(articleId, pageNumber(page), settings.pageSize());
		model.addAttribute("page", new StaffPages.Queue(lines(found.items()), found, articleId, measures.dueCount(),
				(String) model.getAttribute("notice"), (String) model.getAttribute("alert")));
		return "comments/moderation/queue";
	}

	/** The comments with their story, author and open reports: three queries whatever the page's length. */
	List<StaffPages.Line> lines(List<ModeratedComment> page) {
		Set<Long> storyIds = new LinkedHashSet<>();
		Set<Long> authorIds = new LinkedHashSet<>();
		page.forEach(comment -> {
			storyIds.add(comment.articleId());
			authorIds.add(comment.authorId());
		});
		Map<Long, ArticleSummary> stories = new HashMap<>();
		articles.summaries(List.copyOf(storyIds)).forEach(story -> stories.put(story.id(), story));
		Map<Long, Reader> authors = readers.byIds(authorIds);
		Map<Long, List<CommentReport>> open = reports.open(page.stream().map(ModeratedComment::id).toList());
		List<StaffPages.Line> lines = new ArrayList<>();
		for (ModeratedComment comment : page) {
			ArticleSummary story = stories.get(comment.articleId());
			Reader author = authors.get(comment.authorId());
			lines.add(new StaffPages.Line(comment, story == null ? "(내려간 기사 " + comment.articleId() + ")" : story.headline(),
					story == null ? null : story.url(), author == null ? "(탈퇴한 독자)" : author.nickname(),
					open.getOrDefault(comment.id(), List.of())));
		}
		return lines;
	}

	@PostMapping("/newsroom/comments/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) String back, Actor actor, RedirectAttributes redirect) {
		return act(redirect, back, "댓글을 승인했습니다. 모든 독자에게 보입니다.", () -> moderation.approve(actor, id));
	}

	@PostMapping("/newsroom/comments/{id}/remove")
	String remove(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String back, Actor actor, RedirectAttributes redirect) {
		return act(redirect, back, "댓글을 삭제했습니다. 작성자에게 알렸습니다.", () -> moderation.remove(actor, id, reason));
	}

	@PostMapping("/newsroom/comments/{id}/ban")
	String ban(@PathVariable long id, @RequestParam(required = false) String days,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String removeComment,
			@RequestParam(required = false) String back, Actor actor, RedirectAttributes redirect) {
		return act(redirect, back, "작성자의 이용을 제한했습니다. 작성자에게 알렸습니다.",
				() -> moderation.ban(actor, id, days(days), reason, removeComment != null));
	}

	@PostMapping("/newsroom/comments/readers/{id}/ban")
	String banReader(@PathVariable long id, @RequestParam(required = false) String days,
			@RequestParam(required = false) String reason, Actor actor, RedirectAttributes redirect) {
		return act(redirect, "/newsroom/comments/readers/" + id, "이용을 제한했습니다. 독자에게 알렸습니다.",
				() -> moderation.banReader(actor, id, null, days(days), reason));
	}

	@PostMapping("/newsroom/comments/bans/{id}/lift")
	String lift(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor,
			RedirectAttributes redirect) {
		Moderation.mayModerate(actor);
		Ban ban = bans.find(id).orElseThrow(() -> Refusal.notFound("없는 이용 제한입니다."));
		return act(redirect, "/newsroom/comments/readers/" + ban.readerId(), "이용 제한을 해제했습니다.",
				() -> moderation.lift(actor, id, reason));
	}

	private static int days(String days) {
		return days != null && days.matches("\\d{1,3}") ? Integer.parseInt(days) : -1;
	}

	/** Runs a step and goes back where the moderator was; only a refusal of the actor's role is an error page. */
	private static String act(RedirectAttributes redirect, String back, String notice, Supplier<?> step) {
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
		return "redirect:" + (back != null && back.matches("/newsroom/comments[/A-Za-z0-9?=&]*") ? back : "/newsroom/comments");
	}

	@GetMapping("/newsroom/comments/readers/{id}")
	String reader(@PathVariable long id, @RequestParam(defaultValue = "1") String page, Actor actor, Model model) {
		Moderation.mayModerate(actor);
		Reader reader = readers.byId(id).orElseThrow(() -> Refusal.notFound("없는 독자입니다."));
		Page<ModeratedComment> found = comments.byAuthor(id, pageNumber(page), settings.pageSize());
		model.addAttribute("page", new StaffPages.ReaderHistory(reader, lines(found.items()), found, bans.of(id),
				measures.now(), (String) model.getAttribute("notice"), (String) model.getAttribute("alert")));
		return "comments/moderation/reader";
	}

	@GetMapping("/newsroom/comments/log")
	String log(@RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String action,
			@RequestParam(required = false) String reader, Actor actor, Model model) {
		Moderation.mayModerate(actor);
		ModerationAction filter = ModerationAction.parse(action);
		Long readerId = FieldErrors.id(reader);
		model.addAttribute("page", new StaffPages.Log(log.page(filter, readerId, pageNumber(page), settings.pageSize()), filter,
				readerId, List.of(ModerationAction.values())));
		return "comments/moderation/log";
	}
}
