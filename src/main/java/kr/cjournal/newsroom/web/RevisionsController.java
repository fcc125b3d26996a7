package kr.cjournal.newsroom.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.StaffController;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Manuscript;
import kr.cjournal.newsroom.NewsroomRefusal;
import kr.cjournal.newsroom.Revision;
import kr.cjournal.newsroom.RevisionDiff;
import kr.cjournal.newsroom.Revisions;

/** An article's revisions and a readable comparison of any two; editors and the article's writers. */
@StaffController
@Controller
class RevisionsController {

	private final Desk desk;

	private final Revisions revisions;

	RevisionsController(Desk desk, Revisions revisions) {
		this.desk = desk;
		this.revisions = revisions;
	}

	@GetMapping("/newsroom/articles/{id}/revisions")
	String list(@PathVariable long id, Actor actor, Model model) {
		Manuscript manuscript = desk.readHistory(actor, id);
		model.addAttribute("page", new RevisionsPage(manuscript, revisions.of(id)));
		return "newsroom/revisions";
	}

	@GetMapping("/newsroom/articles/{id}/diff")
	String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Actor actor,
			Model model) {
		Manuscript manuscript = desk.readHistory(actor, id);
		Revision older = revisions.find(id, Math.min(from, to)).orElseThrow(NewsroomRefusal::notFound);
		Revision newer = revisions.find(id, Math.max(from, to)).orElseThrow(NewsroomRefusal::notFound);
		model.addAttribute("page", new DiffPage(manuscript, older, newer, RevisionDiff.between(older, newer)));
		return "newsroom/diff";
	}
}
