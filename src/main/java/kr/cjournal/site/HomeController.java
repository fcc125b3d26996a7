package kr.cjournal.site;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import kr.cjournal.comments.CommentCounts;
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

	private final CommentCounts comments;

	HomeController(Articles articles, Sections sections, Mastheads mastheads, RenderedPages pages,
			SiteSettings settings, CommentCounts comments) {
		this.comments = comments;
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
		List<ArticleSummary> top = articles.topStories();
		List<ArticleSummary> latest = articles.latest(LATEST);
		Set<Long> shown = new HashSet<>();
		top.forEach(a -> shown.add(a.id()));
		latest.forEach(a -> shown.add(a.id()));
		blocks.forEach(block -> block.articles().forEach(a -> shown.add(a.id())));
		return new HomePage(mastheads.home(), settings.absolute("/"), settings.description(), top, latest, blocks,
				comments.of(shown));
	}
}
