package kr.cjournal.site;

import java.util.List;

import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Section;

/** The front page: the desk's top stories, the newest articles and a block per section. */
public record HomePage(Masthead masthead, String canonicalUrl, String description, List<ArticleSummary> topStories,
		List<ArticleSummary> latest, List<SectionBlock> sections) {

	public record SectionBlock(Section section, List<Section> subsections, List<ArticleSummary> articles) {
	}
}
