package kr.cjournal.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a form staff typed, field by field, in the order the checks ran: field name
 * to Korean message, one message a field (a later check of the same field replaces the earlier).
 * Forms keep every value as text, so that nothing typed is lost when it is wrong; the static
 * methods read such text.
 */
public final class FieldErrors {

	private final Map<String, String> errors = new LinkedHashMap<>();

	/** The text stripped, or null when blank. */
	public static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** An id from a hidden field an autocomplete fills: digits, or null when empty or not one. */
	public static Long id(String value) {
		String cleaned = clean(value);
		return cleaned != null && cleaned.matches("\\d{1,18}") ? Long.valueOf(cleaned) : null;
	}

	/** Whether the text is empty or an id. */
	public static boolean isId(String value) {
		return clean(value) == null || id(value) != null;
	}

	/** The value must be there, and not over {@code max} characters once stripped. */
	public void required(String field, String label, String value, int max) {
		if (clean(value) == null) {
			add(field, label + "을(를) 입력해 주세요.");
		}
		else {
			optional(field, label, value, max);
		}
	}

	/** The value may be blank, but not over {@code max} characters once stripped. */
	public void optional(String field, String label, String value, int max) {
		if (clean(value) != null && clean(value).length() > max) {
			add(field, label + "은(는) " + max + "자까지 쓸 수 있습니다.");
		}
	}

	/** A date typed as 2024-01-31, null when blank; the field gets a message when it is not a date. */
	public LocalDate date(String field, String label, String value) {
		String cleaned = clean(value);
		if (cleaned == null) {
			return null;
		}
		try {
			return LocalDate.parse(cleaned);
		}
		catch (DateTimeParseException e) {
			add(field, label + "은(는) 2024-01-31처럼 연-월-일로 적어 주세요.");
			return null;
		}
	}

	public void add(String field, String message) {
		errors.put(field, message);
	}

	public boolean has(String field) {
		return errors.containsKey(field);
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	/** Field name to message, in the order the fields were first found wrong. */
	public Map<String, String> asMap() {
		return Collections.unmodifiableMap(errors);
	}
}
