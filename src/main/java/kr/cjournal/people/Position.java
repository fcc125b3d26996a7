package kr.cjournal.people;

import java.time.LocalDate;

/**
 * A title a person holds or held at an organisation. Current while {@code endedOn} is null.
 * The names of both sides come along, so a page can show 정태오 한울그룹 회장 without more queries.
 */
public record Position(long id, long personId, String personName, long organizationId, String organizationName,
		String title, LocalDate startedOn, LocalDate endedOn) {

	public boolean isCurrent() {
		return endedOn == null;
	}

	/** Whether the title was held on that day; an unknown start counts as "always before". */
	public boolean heldOn(LocalDate day) {
		return (startedOn == null || !startedOn.isAfter(day)) && (endedOn == null || !endedOn.isBefore(day));
	}
}
