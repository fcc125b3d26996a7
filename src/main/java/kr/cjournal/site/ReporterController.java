package kr.cjournal.site;

import org.springframework.stereotype.Controller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import kr.cjournal.comments.CommentCounts;
import kr.cjournal.core.PageNumber;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.newsroom.Reporters;

@Controller
class ReporterController {

	private final Reporters reporters;

	private final Articles articles;

	private final Mastheads mastheads;

	private final SiteSettings settings;

	private final CommentCounts commentCounts;

	private final RenderedPages pages;

	ReporterController(Reporters reporters, Articles articles, Mastheads mastheads, SiteSettings settings,
			RenderedPages pages, CommentCounts commentCounts) {
		this.pages = pages;
		this.reporters = reporters;
		this.articles = articles;
		this.mastheads = mastheads;
		this.settings = settings;
		this.commentCounts = commentCounts;
	}

	@GetMapping("/reporter/{id}")
	ResponseEntity<byte[]> reporter(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
			WebRequest request) {
		PageNumber.check(page);
		RenderedPages.Rendered rendered = pages.get("reporter:" + id + ":" + page, "site/reporter",
				() -> reporters.findById(id).map(reporter -> build(reporter, page)).orElse(null));
		if (rendered == null) {
			throw new NotFound("reporter " + id + " page " + page);
		}
		return pages.respond(rendered, request);
	}

	/** The page, or null when it lies past the reporter's last page. */
	private ReporterPage build(Reporter reporter, int page) {
		var list = articles.byReporter(reporter.id(), page, PageNumber.PAGE_SIZE);
		ReporterPage built = new ReporterPage(mastheads.of(null),
				settings.absolute(reporter.url() + (page > 1 ? "?page=" + page : "")), reporter, list,
				commentCounts.of(list.items().stream().map(a -> a.id()).toList()));
		return built.articles().isBeyondEnd() ? null : built;
	}
}
