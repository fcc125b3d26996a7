package kr.cjournal.newsroom.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kr.cjournal.newsroom.Actor;
import kr.cjournal.newsroom.Manuscript;
import kr.cjournal.newsroom.Manuscripts;
import kr.cjournal.newsroom.NewsroomRefusal;
import kr.cjournal.newsroom.Revision;
import kr.cjournal.newsroom.RevisionDiff;
import kr.cjournal.newsroom.Revisions;

/** An article's revisions and a readable comparison of any two; editors and the article's writers. */
@Controller
class RevisionsController {

	private final Manuscripts manuscripts;

	private final Revisions revisions;

	RevisionsController(Manuscripts manuscripts, Revisions revisions) {
		this.manuscripts = manuscripts;
		this.revisions = revisions;
	}

	@GetMapping("/newsroom/articles/{id}/revisions")
	String list(@PathVariable long id, HttpServletRequest request, Model model) {
		Manuscript manuscript = readable(id, CurrentActor.of(request));
		model.addAttribute("page", new RevisionsPage(manuscript, revisions.of(id)));
		return "newsroom/revisions";
	}

	@GetMapping("/newsroom/articles/{id}/diff")
	String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, HttpServletRequest request,
			Model model) {
		Manuscript manuscript = readable(id, CurrentActor.of(request));
		Revision older = revisions.find(id, Math.min(from, to)).orElseThrow(NewsroomRefusal::notFound);
		Revision newer = revisions.find(id, Math.max(from, to)).orElseThrow(NewsroomRefusal::notFound);
		model.addAttribute("page", new DiffPage(manuscript, older, newer, RevisionDiff.between(older, newer)));
		return "newsroom/diff";
	}

	private Manuscript readable(long id, Actor actor) {
		Manuscript manuscript = manuscripts.find(id).orElseThrow(NewsroomRefusal::notFound);
		if (!actor.isEditor() && !manuscript.isOwnedBy(actor.username())) {
			throw NewsroomRefusal.notAllowed("이 기사의 기록은 쓴 기자와 데스크만 볼 수 있습니다.");
		}
		return manuscript;
	}
}
