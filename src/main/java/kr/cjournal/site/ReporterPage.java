package kr.cjournal.site;

import java.util.Map;

import kr.cjournal.core.Page;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Reporter;

/** A reporter's profile and their articles, newest first. */
public record ReporterPage(Masthead masthead, String canonicalUrl, Reporter reporter, Page<ArticleSummary> articles,
		Map<Long, Integer> comments) {
}
