package kr.cjournal.newsroom.web;

import java.util.Arrays;
import java.util.List;

import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Manuscript;

/**
 * The editor's fields as typed. Everything is text so that a malformed value never makes the
 * form fail to bind: what the writer typed always comes back to them.
 */
public record ArticleForm(String version, String sectionId, String headline, String subtitle, String body,
		List<String> reporterIds, String tags) {

	static ArticleForm of(Manuscript manuscript) {
		return new ArticleForm(String.valueOf(manuscript.version()), String.valueOf(manuscript.sectionId()),
				manuscript.headline(), manuscript.subtitle(), manuscript.bodyMarkdown(),
				manuscript.bylines().stream().map(r -> String.valueOf(r.id())).toList(), String.join(", ", manuscript.tags()));
	}

	public ArticleForm {
		reporterIds = reporterIds == null ? List.of() : reporterIds;
	}

	Draft draft() {
		return new Draft(number(sectionId), headline, subtitle, body,
				reporterIds.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList(),
				tags == null ? List.of() : Arrays.asList(tags.split("[,\\n]")));
	}

	int versionNumber() {
		return (int) Math.min(Integer.MAX_VALUE, number(version));
	}

	public boolean selects(long reporterId) {
		return reporterIds.contains(String.valueOf(reporterId));
	}

	private static long number(String text) {
		return text != null && text.strip().matches("\\d{1,18}") ? Long.parseLong(text.strip()) : -1;
	}
}
