package kr.cjournal.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.Refusal;
import kr.cjournal.core.StaffController;
import kr.cjournal.search.SearchIndex;
import kr.cjournal.search.SearchWords;

/**
 * Admins keep the search's user dictionary and synonyms, see how far the index is behind the
 * change feed, and rebuild it (beside the live one; the page follows the run).
 */
@StaffController
@Controller
class SearchAdminController {

	private final SearchIndex index;

	private final SearchWords words;

	SearchAdminController(SearchIndex index, SearchWords words) {
		this.index = index;
		this.words = words;
	}

	@GetMapping("/newsroom/admin/search")
	String page(Model model) {
		SearchWords.Kept kept = words.kept();
		model.addAttribute("page", new SearchAdminPage(index.status(), index.progress(), kept, kept.dictionary(),
				kept.synonyms(), (String) model.getAttribute("notice"), (String) model.getAttribute("alert")));
		return "search/admin";
	}

	@PostMapping("/newsroom/admin/search/words")
	String keep(@RequestParam(defaultValue = "") String dictionary, @RequestParam(defaultValue = "") String synonyms,
			Actor actor, Model model, RedirectAttributes redirect) {
		try {
			words.keep(actor, dictionary, synonyms);
		}
		catch (Refusal refused) {
			SearchWords.Kept kept = words.kept();
			model.addAttribute("page", new SearchAdminPage(index.status(), index.progress(), kept, dictionary, synonyms,
					null, (refused.field() == null ? "" : label(refused.field()) + ": ") + refused.getMessage()));
			return "search/admin";
		}
		redirect.addFlashAttribute("notice", "검색 사전을 저장했습니다. 색인을 다시 만들면 검색에 반영됩니다.");
		return "redirect:/newsroom/admin/search";
	}

	@PostMapping("/newsroom/admin/search/rebuild")
	String rebuild(RedirectAttributes redirect) {
		if (index.startRebuild()) {
			redirect.addFlashAttribute("notice", "검색 색인을 새로 만들기 시작했습니다. 다 만들 때까지 지금 색인으로 검색합니다.");
		}
		else {
			redirect.addFlashAttribute("alert", "이미 색인을 만드는 중입니다. 끝난 뒤에 다시 눌러 주세요.");
		}
		return "redirect:/newsroom/admin/search";
	}

	@GetMapping("/newsroom/admin/search/progress")
	@ResponseBody
	SearchIndex.Progress progress() {
		return index.progress();
	}

	private static String label(String field) {
		return switch (field) {
			case "dictionary" -> "사용자 사전";
			case "synonyms" -> "동의어";
			default -> field;
		};
	}
}
