package kr.cjournal.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kr.cjournal.newsroom.Articles;

@Controller
class ArticleController {

	private final ArticlePages pages;

	private final Articles articles;

	ArticleController(ArticlePages pages, Articles articles) {
		this.pages = pages;
		this.articles = articles;
	}

	@GetMapping("/article/{id}")
	String article(@PathVariable long id, Model model) {
		model.addAttribute("page", page(id));
		return "site/article";
	}

	@GetMapping("/article/{id}/print")
	String print(@PathVariable long id, Model model) {
		model.addAttribute("page", page(id));
		return "site/print";
	}

	private ArticlePage page(long id) {
		return pages.find(id).orElseThrow(() -> articles.isWithdrawn(id) ? new Gone("article " + id)
				: new NotFound("article " + id));
	}
}
