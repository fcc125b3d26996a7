package kr.cjournal.people.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Checks of what staff type into the directory forms; problems go into a map of field to Korean message. */
final class Fields {

	private Fields() {
	}

	/** The text stripped, or null when blank. */
	static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static void required(Map<String, String> problems, String field, String label, String value, int max) {
		if (clean(value) == null) {
			problems.put(field, label + "을(를) 입력해 주세요.");
		}
		else {
			optional(problems, field, label, value, max);
		}
	}

	static void optional(Map<String, String> problems, String field, String label, String value, int max) {
		if (clean(value) != null && clean(value).length() > max) {
			problems.put(field, label + "은(는) " + max + "자까지 쓸 수 있습니다.");
		}
	}

	/** An id from a hidden field the autocomplete fills: digits, or null when empty. */
	static Long id(String value) {
		String cleaned = clean(value);
		return cleaned != null && cleaned.matches("\\d{1,18}") ? Long.valueOf(cleaned) : null;
	}

	static boolean isId(String value) {
		return clean(value) == null || id(value) != null;
	}

	/** A date typed as 2024-01-31, null when blank; problems get the field when it is not a date. */
	static LocalDate date(Map<String, String> problems, String field, String label, String value) {
		String cleaned = clean(value);
		if (cleaned == null) {
			return null;
		}
		try {
			return LocalDate.parse(cleaned);
		}
		catch (DateTimeParseException e) {
			problems.put(field, label + "은(는) 2024-01-31처럼 연-월-일로 적어 주세요.");
			return null;
		}
	}
}
