package kr.cjournal.site;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import kr.cjournal.newsroom.Articles;

@Controller
class ArticleController {

	private final ArticlePages articlePages;

	private final RenderedPages pages;

	private final Articles articles;

	ArticleController(ArticlePages articlePages, RenderedPages pages, Articles articles) {
		this.articlePages = articlePages;
		this.pages = pages;
		this.articles = articles;
	}

	@GetMapping("/article/{id}")
	ResponseEntity<byte[]> article(@PathVariable long id, WebRequest request) {
		return pages.respond(rendered(id, "site/article"), request);
	}

	@GetMapping("/article/{id}/print")
	ResponseEntity<byte[]> print(@PathVariable long id, WebRequest request) {
		return pages.respond(rendered(id, "site/print"), request);
	}

	private RenderedPages.Rendered rendered(long id, String template) {
		RenderedPages.Rendered rendered = pages.get(template + ":" + id, template,
				() -> template.equals("site/print") ? articlePages.findForPrint(id) : articlePages.find(id));
		if (rendered == null) {
			throw articles.isWithdrawn(id) ? new Gone("article " + id) : new NotFound("article " + id);
		}
		return rendered;
	}
}
