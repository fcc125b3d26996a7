package kr.cjournal.newsroom.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.StaffController;
import kr.cjournal.newsroom.ArticleStatus;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.ManuscriptLine;
import kr.cjournal.newsroom.MentionReviews;
import kr.cjournal.newsroom.Manuscripts;
import kr.cjournal.newsroom.NewsroomRefusal;

/** The desk chooses and orders the home page's top stories among recently published ones. */
@StaffController
@Controller
class TopStoriesController {

	private final Desk desk;

	private final Articles articles;

	private final Manuscripts manuscripts;

	private final ObjectProvider<MentionReviews> reviews;

	TopStoriesController(Desk desk, Articles articles, Manuscripts manuscripts, ObjectProvider<MentionReviews> reviews) {
		this.desk = desk;
		this.articles = articles;
		this.manuscripts = manuscripts;
		this.reviews = reviews;
	}

	@GetMapping("/newsroom/desk")
	String page(Actor actor, Model model) {
		if (!actor.isDesk()) {
			throw NewsroomRefusal.notAllowed("데스크(에디터)만 볼 수 있는 화면입니다.");
		}
		List<Long> top = articles.topStories().stream().map(ArticleSummary::id).toList();
		List<Candidate> candidates = new ArrayList<>();
		Map<Long, String> headlines = new HashMap<>();
		for (ManuscriptLine line : manuscripts.inStatus(actor, ArticleStatus.PUBLISHED)) {
			int index = top.indexOf(line.id());
			candidates.add(new Candidate(line, index < 0 ? null : index + 1));
			headlines.put(line.id(), line.headline());
		}
		List<ReviewLine> open = reviews.getIfAvailable(() -> MentionReviews.NONE)
			.open()
			.stream()
			.map(review -> new ReviewLine(review, headlines.getOrDefault(review.articleId(), "기사 " + review.articleId())))
			.toList();
		candidates.sort(Comparator.comparing((Candidate c) -> c.position() == null ? Integer.MAX_VALUE : c.position()));
		model.addAttribute("page", new TopStoriesPage(candidates, open, (String) model.getAttribute("notice"),
				(String) model.getAttribute("alert")));
		return "newsroom/desk";
	}

	/** Each published story's box holds its place (1, 2, ...) or is empty when it is not a top story. */
	@PostMapping("/newsroom/desk/top-stories")
	String choose(@RequestParam Map<String, String> form, Actor actor, RedirectAttributes redirect) {
		List<long[]> chosen = new ArrayList<>();
		form.forEach((name, value) -> {
			if (name.matches("position-\\d{1,18}") && value.strip().matches("\\d{1,2}")) {
				chosen.add(new long[] { Long.parseLong(name.substring(9)), Long.parseLong(value.strip()) });
			}
		});
		chosen.sort(Comparator.comparingLong(pair -> pair[1]));
		try {
			desk.chooseTopStories(actor, chosen.stream().map(pair -> pair[0]).toList());
			redirect.addFlashAttribute("notice", "주요 기사를 바꿨습니다. 첫 화면에 바로 반영됩니다.");
		}
		catch (NewsroomRefusal refusal) {
			if (refusal.kind() == NewsroomRefusal.Kind.NOT_ALLOWED) {
				throw refusal;
			}
			redirect.addFlashAttribute("alert", refusal.getMessage());
		}
		return "redirect:/newsroom/desk";
	}
}
