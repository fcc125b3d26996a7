package kr.cjournal.search.web;

import kr.cjournal.search.SearchIndex;
import kr.cjournal.search.SearchWords;

/**
 * The admins' search page, {@code /newsroom/admin/search}.
 * @param dictionary the user dictionary as shown (as stored, or as typed when refused)
 */
public record SearchAdminPage(SearchIndex.Status status, SearchIndex.Progress progress, SearchWords.Kept kept,
		String dictionary, String synonyms, String notice, String alert) {
}
