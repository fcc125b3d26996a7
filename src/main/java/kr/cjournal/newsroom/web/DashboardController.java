package kr.cjournal.newsroom.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.StaffController;
import kr.cjournal.newsroom.ArticleStatus;
import kr.cjournal.newsroom.ManuscriptLine;
import kr.cjournal.newsroom.Manuscripts;
import kr.cjournal.newsroom.Sections;

@StaffController
@Controller
class DashboardController {

	private final Manuscripts manuscripts;

	private final Sections sections;

	DashboardController(Manuscripts manuscripts, Sections sections) {
		this.manuscripts = manuscripts;
		this.sections = sections;
	}

	@GetMapping("/newsroom")
	String dashboard(@RequestParam(required = false) String q, Actor actor, Model model) {
		String query = q == null ? "" : q.strip();
		if (query.length() > 100) {
			query = query.substring(0, 100);
		}
		List<ManuscriptLine> found = query.isEmpty() ? List.of() : manuscripts.searchHeadlines(actor, query);
		model.addAttribute("page", new DashboardPage(manuscripts.mine(actor.username(), ArticleStatus.DRAFT),
				manuscripts.mine(actor.username(), ArticleStatus.SUBMITTED),
				actor.isDesk() ? manuscripts.inStatus(actor, ArticleStatus.SUBMITTED) : List.of(),
				manuscripts.inStatus(actor, ArticleStatus.SCHEDULED), manuscripts.inStatus(actor, ArticleStatus.PUBLISHED), query, found,
				SectionOption.labels(sections), actor.isDesk(), (String) model.getAttribute("notice")));
		return "newsroom/dashboard";
	}
}
