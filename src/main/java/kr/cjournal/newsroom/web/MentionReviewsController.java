package kr.cjournal.newsroom.web;

import java.util.OptionalLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.StaffController;
import kr.cjournal.newsroom.ArchiveRelink;
import kr.cjournal.newsroom.MentionReviews;
import kr.cjournal.newsroom.NewsroomRefusal;

/**
 * The desk settles a name the linker could not decide (동명이인): it picks the person meant, or
 * nobody, and the story is linked again with that choice, which sticks.
 */
@StaffController
@Controller
class MentionReviewsController {

	private final ObjectProvider<MentionReviews> reviews;

	private final ArchiveRelink relink;

	MentionReviewsController(ObjectProvider<MentionReviews> reviews, ArchiveRelink relink) {
		this.reviews = reviews;
		this.relink = relink;
	}

	@PostMapping("/newsroom/desk/mention-reviews/{id}")
	String settle(@PathVariable long id, @RequestParam(required = false) String person,
			@RequestParam(required = false) String back, Actor actor, RedirectAttributes redirect) {
		if (!actor.isDesk()) {
			throw NewsroomRefusal.notAllowed("데스크(에디터)만 할 수 있는 일입니다.");
		}
		String desk = "redirect:/newsroom/desk#mention-reviews";
		if (person == null || !(person.equals("none") || person.matches("\\d{1,18}"))) {
			redirect.addFlashAttribute("alert", "누구를 가리키는지 골라 주세요.");
			return desk;
		}
		OptionalLong article = reviews.getIfAvailable(() -> MentionReviews.NONE)
			.resolve(id, person.equals("none") ? null : Long.valueOf(person), actor.username());
		if (article.isEmpty()) {
			redirect.addFlashAttribute("alert", "이미 처리됐거나 없는 확인 요청입니다.");
			return desk;
		}
		relink.relinkSettled(actor, article.getAsLong());
		redirect.addFlashAttribute("notice", "동명이인을 정했습니다. 기사의 링크를 다시 걸었습니다.");
		return "editor".equals(back) ? "redirect:/newsroom/articles/" + article.getAsLong() + "/edit" : desk;
	}
}
