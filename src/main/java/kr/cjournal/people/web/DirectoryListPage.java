package kr.cjournal.people.web;

import java.util.List;

import kr.cjournal.people.Mentions;

/**
 * The directory's list for staff: what the search found (or the latest added), and who was named
 * in most stories this week.
 * @param kind {@code person} or {@code organization}
 */
public record DirectoryListPage(String kind, String query, List<Row> rows, List<Mentions.Count> topPeople,
		List<Mentions.Count> topOrganizations, boolean mayEdit, String notice) {

	/** One person or organisation in the list, with what tells it apart (title, kind). */
	public record Row(long id, String name, String description) {
	}

	public boolean people() {
		return "person".equals(kind);
	}

	public String base() {
		return people() ? "/newsroom/people" : "/newsroom/companies";
	}

	public String title() {
		return people() ? "인물" : "기업·기관";
	}
}
