package kr.cjournal.site;

import java.util.List;
import java.util.Map;

import kr.cjournal.core.Page;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Section;

/**
 * A section or subsection list, newest first. {@code current} is the section the URL names,
 * {@code top} its top-level section (the same when it has no parent); {@code comments} the
 * stories' stored counts of visible comments.
 */
public record SectionPage(Masthead masthead, String canonicalUrl, Section top, Section current,
		List<Section> subsections, Page<ArticleSummary> articles, Map<Long, Integer> comments) {

	public String title() {
		return current.isSubsection() ? top.name() + " › " + current.name() : current.name();
	}
}
