package kr.cjournal.site;

import java.net.URI;
import java.util.HashSet;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import kr.cjournal.comments.CommentCounts;
import kr.cjournal.newsroom.ArchiveSources;
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

	private final ArchiveSources sources;

	HomeController(Articles articles, Sections sections, Mastheads mastheads, RenderedPages pages,
			SiteSettings settings, CommentCounts comments, ArchiveSources sources) {
		this.comments = comments;
		this.sources = sources;
		this.articles = articles;
		this.sections = sections;
		this.mastheads = mastheads;
		this.pages = pages;
		this.settings = settings;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home(@RequestParam(name = "p", required = false) String post, WebRequest request) {
		// WordPress's short links (/?p=123) of an imported archive move to the story for good.
		if (post != null && post.matches("[0-9]{1,18}")) {
			Optional<Long> moved = sources.redirect("/?p=" + post);
			if (moved.isPresent()) {
				return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/article/" + moved.get())).build();
			}
			throw new NotFound("old link /?p=" + post);
		}
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
