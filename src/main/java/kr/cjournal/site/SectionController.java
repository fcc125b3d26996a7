package kr.cjournal.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.newsroom.Page;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;

@Controller
class SectionController {

	private final Articles articles;

	private final Sections sections;

	private final Mastheads mastheads;

	private final PageCache cache;

	private final SiteSettings settings;

	SectionController(Articles articles, Sections sections, Mastheads mastheads, PageCache cache,
			SiteSettings settings) {
		this.articles = articles;
		this.sections = sections;
		this.mastheads = mastheads;
		this.cache = cache;
		this.settings = settings;
	}

	@GetMapping("/section/{slug}")
	String section(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		return show(slug, page, model);
	}

	@GetMapping("/section/{slug}/{sub}")
	String subsection(@PathVariable String slug, @PathVariable String sub, @RequestParam(defaultValue = "1") int page,
			Model model) {
		return show(slug + "/" + sub, page, model);
	}

	private String show(String path, int page, Model model) {
		PageNumber.check(page);
		Section section = sections.byPath(path).orElseThrow(() -> new NotFound("section " + path));
		SectionPage built = cache.get("section:" + path + ":" + page, () -> build(section, page));
		if (built.articles().isBeyondEnd()) {
			throw new NotFound("page " + page + " of section " + path);
		}
		model.addAttribute("page", built);
		return "site/section";
	}

	private SectionPage build(Section section, int page) {
		Section top = sections.topOf(section);
		Page<ArticleSummary> list = articles.inSection(section, page, PageNumber.PAGE_SIZE);
		String canonical = settings.absolute(section.url() + (page > 1 ? "?page=" + page : ""));
		return new SectionPage(mastheads.of(top), canonical, top, section, sections.childrenOf(top), list);
	}
}
