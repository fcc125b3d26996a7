package kr.cjournal.newsroom.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.StaffController;
import kr.cjournal.newsroom.NewsroomRefusal;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;

/** Admins create, rename, re-address and reorder sections and subsections. */
@StaffController
@Controller
class SectionsAdminController {

	private final Sections sections;

	SectionsAdminController(Sections sections) {
		this.sections = sections;
	}

	@GetMapping("/newsroom/admin/sections")
	String page(Model model) {
		List<SectionRow> rows = new java.util.ArrayList<>();
		for (Section top : sections.topLevel()) {
			rows.add(new SectionRow(top, 0));
			sections.childrenOf(top).forEach(sub -> rows.add(new SectionRow(sub, 1)));
		}
		model.addAttribute("page", new SectionsPage(rows, sections.topLevel(), (String) model.getAttribute("notice"),
				(String) model.getAttribute("alert")));
		return "newsroom/sections";
	}

	@PostMapping("/newsroom/admin/sections")
	String add(@RequestParam(required = false) String parentId, @RequestParam(required = false) String slug,
			@RequestParam(required = false) String name, Actor actor, RedirectAttributes redirect) {
		Long parent = parentId == null || !parentId.matches("\\d{1,18}") ? null : Long.valueOf(parentId);
		return done(redirect, "섹션을 만들었습니다.", () -> sections.add(actor, parent, slug, name));
	}

	@PostMapping("/newsroom/admin/sections/{id}")
	String update(@PathVariable long id, @RequestParam(required = false) String slug,
			@RequestParam(required = false) String name, Actor actor, RedirectAttributes redirect) {
		return done(redirect, "섹션을 고쳤습니다.", () -> sections.update(actor, id, slug, name));
	}

	@PostMapping("/newsroom/admin/sections/{id}/move")
	String move(@PathVariable long id, @RequestParam int direction, Actor actor, RedirectAttributes redirect) {
		return done(redirect, "순서를 바꿨습니다.", () -> sections.move(actor, id, direction));
	}

	private static String done(RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (NewsroomRefusal refusal) {
			if (refusal.kind() == NewsroomRefusal.Kind.NOT_ALLOWED) {
				throw refusal;
			}
			redirect.addFlashAttribute("alert", refusal.getMessage());
		}
		catch (IllegalStateException unknownSection) {
			throw NewsroomRefusal.notFound();
		}
		return "redirect:/newsroom/admin/sections";
	}
}
