package kr.cjournal.site;

import org.springframework.stereotype.Controller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import kr.cjournal.core.Page;
import kr.cjournal.comments.CommentCounts;
import kr.cjournal.core.PageNumber;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;

@Controller
class SectionController {

	private final Articles articles;

	private final Sections sections;

	private final Mastheads mastheads;

	private final RenderedPages pages;

	private final SiteSettings settings;

	private final CommentCounts commentCounts;

	SectionController(Articles articles, Sections sections, Mastheads mastheads, RenderedPages pages,
			SiteSettings settings, CommentCounts commentCounts) {
		this.articles = articles;
		this.sections = sections;
		this.mastheads = mastheads;
		this.pages = pages;
		this.settings = settings;
		this.commentCounts = commentCounts;
	}

	@GetMapping("/section/{slug}")
	ResponseEntity<byte[]> section(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			WebRequest request) {
		return show(slug, page, request);
	}

	@GetMapping("/section/{slug}/{sub}")
	ResponseEntity<byte[]> subsection(@PathVariable String slug, @PathVariable String sub,
			@RequestParam(defaultValue = "1") int page, WebRequest request) {
		return show(slug + "/" + sub, page, request);
	}

	private ResponseEntity<byte[]> show(String path, int page, WebRequest request) {
		PageNumber.check(page);
		Section section = sections.byPath(path).orElseThrow(() -> new NotFound("section " + path));
		RenderedPages.Rendered rendered = pages.get("section:" + path + ":" + page, "site/section", () -> {
			SectionPage built = build(section, page);
			return built.articles().isBeyondEnd() ? null : built;
		});
		if (rendered == null) {
			throw new NotFound("page " + page + " of section " + path);
		}
		return pages.respond(rendered, request);
	}

	private SectionPage build(Section section, int page) {
		Section top = sections.topOf(section);
		Page<ArticleSummary> list = articles.inSection(section, page, PageNumber.PAGE_SIZE);
		String canonical = settings.absolute(section.url() + (page > 1 ? "?page=" + page : ""));
		return new SectionPage(mastheads.of(top), canonical, top, section, sections.childrenOf(top), list,
				commentCounts.of(list.items().stream().map(ArticleSummary::id).toList()));
	}
}
