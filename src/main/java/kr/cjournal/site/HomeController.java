package kr.cjournal.site;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.newsroom.Sections;

@Controller
class HomeController {

	private static final int LATEST = 12;

	private static final int PER_SECTION = 5;

	private final Articles articles;

	private final Sections sections;

	private final Mastheads mastheads;

	private final RenderedPages pages;

	private final SiteSettings settings;

	HomeController(Articles articles, Sections sections, Mastheads mastheads, RenderedPages pages,
			SiteSettings settings) {
		this.articles = articles;
		this.sections = sections;
		this.mastheads = mastheads;
		this.pages = pages;
		this.settings = settings;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home(WebRequest request) {
		return pages.respond(pages.get("home", "site/home", this::build), request);
	}

	private HomePage build() {
		Map<Long, List<ArticleSummary>> perSection = articles.latestPerSection(PER_SECTION);
		List<HomePage.SectionBlock> blocks = sections.topLevel()
			.stream()
			.map(s -> new HomePage.SectionBlock(s, sections.childrenOf(s), perSection.getOrDefault(s.id(), List.of())))
			.filter(block -> !block.articles().isEmpty())
			.toList();
		return new HomePage(mastheads.home(), settings.absolute("/"), settings.description(), articles.topStories(),
				articles.latest(LATEST), blocks);
	}
}
