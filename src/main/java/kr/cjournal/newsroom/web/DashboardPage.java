package kr.cjournal.newsroom.web;

import java.util.List;
import java.util.Map;

import kr.cjournal.newsroom.ManuscriptLine;

/**
 * The newsroom's front page: the signed-in writer's drafts and submitted stories, the desk queue
 * for editors, scheduled stories, recently published stories and a headline search, each only
 * with the stories the viewer may read.
 */
public record DashboardPage(List<ManuscriptLine> myDrafts, List<ManuscriptLine> mySubmitted,
		List<ManuscriptLine> deskQueue, List<ManuscriptLine> scheduled, List<ManuscriptLine> published,
		String query, List<ManuscriptLine> found, Map<Long, String> sections, boolean editor, String notice) {

	public String section(long id) {
		return sections.getOrDefault(id, "");
	}
}
