package kr.cjournal.people.web;

import java.time.LocalDate;

import kr.cjournal.core.FieldErrors;

/**
 * A title to add to a person: the organisation is chosen with the autocomplete, which fills
 * {@code organizationId}; {@code organizationName} is what was typed, kept for the form.
 */
public record PositionForm(String organizationId, String organizationName, String title, String startedOn,
		String endedOn) {

	static PositionForm blank() {
		return new PositionForm("", "", "", "", "");
	}

	/** What is wrong with it, fields named with the prefix {@code position.}. */
	FieldErrors problems() {
		FieldErrors problems = new FieldErrors();
		if (FieldErrors.id(organizationId) == null) {
			problems.add("position.organization", "기관을 입력하고 목록에서 골라 주세요.");
		}
		problems.required("position.title", "직함", title, 60);
		LocalDate from = problems.date("position.startedOn", "시작일", startedOn);
		LocalDate to = problems.date("position.endedOn", "종료일", endedOn);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add("position.endedOn", "종료일은 시작일보다 빠를 수 없습니다.");
		}
		return problems;
	}

	/** The start date, null when blank (or not a date: {@link #problems()} refuses that first). */
	LocalDate startedOnOrNull() {
		return new FieldErrors().date("position.startedOn", "시작일", startedOn);
	}

	LocalDate endedOnOrNull() {
		return new FieldErrors().date("position.endedOn", "종료일", endedOn);
	}
}
