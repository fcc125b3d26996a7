package kr.cjournal.site;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

	private final PageCache cache;

	private final SiteSettings settings;

	HomeController(Articles articles, Sections sections, Mastheads mastheads, PageCache cache, SiteSettings settings) {
		this.articles = articles;
		this.sections = sections;
		this.mastheads = mastheads;
		this.cache = cache;
		this.settings = settings;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("page", cache.get("home", this::build));
		return "site/home";
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
