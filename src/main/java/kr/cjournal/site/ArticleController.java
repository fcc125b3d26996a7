package kr.cjournal.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

	private final ArticlePages pages;

	ArticleController(ArticlePages pages) {
		this.pages = pages;
	}

	@GetMapping("/article/{id}")
	String article(@PathVariable long id, Model model) {
		model.addAttribute("page", pages.find(id).orElseThrow(() -> new NotFound("article " + id)));
		return "site/article";
	}

	@GetMapping("/article/{id}/print")
	String print(@PathVariable long id, Model model) {
		model.addAttribute("page", pages.find(id).orElseThrow(() -> new NotFound("article " + id)));
		return "site/print";
	}
}
