package kr.cjournal.site;

import java.util.List;
import java.util.Map;

import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Section;

/**
 * The front page: the desk's top stories, the newest articles and a block per section;
 * {@code comments} the stored counts of visible comments of every story on it.
 */
public record HomePage(Masthead masthead, String canonicalUrl, String description, List<ArticleSummary> topStories,
		List<ArticleSummary> latest, List<SectionBlock> sections, Map<Long, Integer> comments) {

	public record SectionBlock(Section section, List<Section> subsections, List<ArticleSummary> articles) {
	}
}
