package kr.cjournal.people.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A title to add to a person: the organisation is chosen with the autocomplete, which fills
 * {@code organizationId}; {@code organizationName} is what was typed, kept for the form.
 */
public record PositionForm(String organizationId, String organizationName, String title, String startedOn,
		String endedOn) {

	static PositionForm blank() {
		return new PositionForm("", "", "", "", "");
	}

	/** Field name (prefixed {@code position.}) to Korean message. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (Fields.id(organizationId) == null) {
			problems.put("position.organization", "기관을 입력하고 목록에서 골라 주세요.");
		}
		Fields.required(problems, "position.title", "직함", title, 60);
		LocalDate from = Fields.date(problems, "position.startedOn", "시작일", startedOn);
		LocalDate to = Fields.date(problems, "position.endedOn", "종료일", endedOn);
		if (from != null && to != null && to.isBefore(from)) {
			problems.put("position.endedOn", "종료일은 시작일보다 빠를 수 없습니다.");
		}
		return problems;
	}
}
