package kr.cjournal.newsroom.web;

import java.util.List;
import java.util.Map;

import kr.cjournal.newsroom.ArticleStatus;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Manuscript;
import kr.cjournal.newsroom.Reporter;

/**
 * The article editor: the form as last typed (which may differ from what is saved when a save
 * was refused), the choices, the refusal messages by field, and what the signed-in staff
 * member may do with this article now.
 */
public record EditorPage(Manuscript manuscript, ArticleForm form, List<SectionOption> sections,
		List<Reporter> reporters, Map<String, String> errors, String notice, String alert, boolean editor,
		boolean canEdit, boolean canSubmit, String scheduleValue) {

	public static final int HEADLINE_MAX = Draft.HEADLINE_MAX;

	public static final int SUBTITLE_MAX = Draft.SUBTITLE_MAX;

	public String error(String field) {
		return errors.get(field);
	}

	public boolean is(ArticleStatus status) {
		return manuscript.status() == status;
	}

	public boolean published() {
		return is(ArticleStatus.PUBLISHED);
	}
}
