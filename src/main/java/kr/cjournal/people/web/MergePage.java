package kr.cjournal.people.web;

/**
 * Merging a duplicate into the one that stays: first choose the survivor ({@code intoId} null),
 * then confirm, seeing what will move.
 * @param kind {@code person} or {@code organization}
 */
public record MergePage(String kind, long duplicateId, String duplicateName, Long intoId, String intoName,
		String intoDescription, int positions, int aliases, long stories, String error) {

	public boolean people() {
		return "person".equals(kind);
	}

	public String base() {
		return (people() ? "/newsroom/people/" : "/newsroom/companies/") + duplicateId;
	}

	public boolean confirming() {
		return intoId != null && error == null;
	}
}
