package kr.cjournal.newsroom.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.core.StaffController;
import kr.cjournal.newsroom.ArchiveRelink;

/**
 * Admins relink the whole archive: every published story's people and companies linked and
 * recorded again with the directory as it is now. The page follows the run's progress.
 */
@StaffController
@Controller
class RelinkController {

	private final ArchiveRelink relink;

	RelinkController(ArchiveRelink relink) {
		this.relink = relink;
	}

	@GetMapping("/newsroom/admin/relink")
	String page(Model model) {
		model.addAttribute("page", new RelinkPage(relink.progress(), (String) model.getAttribute("notice"),
				(String) model.getAttribute("alert")));
		return "newsroom/relink";
	}

	@PostMapping("/newsroom/admin/relink")
	String start(RedirectAttributes redirect) {
		if (relink.start()) {
			redirect.addFlashAttribute("notice", "기사 전체의 인물·기업 링크를 다시 걸기 시작했습니다.");
		}
		else {
			redirect.addFlashAttribute("alert", "이미 링크를 다시 거는 중입니다. 끝난 뒤에 다시 눌러 주세요.");
		}
		return "redirect:/newsroom/admin/relink";
	}

	@GetMapping("/newsroom/admin/relink/progress")
	@ResponseBody
	ArchiveRelink.Progress progress() {
		return relink.progress();
	}
}
