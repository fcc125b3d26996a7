package kr.cjournal.accounts;

import java.util.Map;

/**
 * The sign-up form, as typed (never the password) with what is wrong, field by field.
 * @param errors field ({@code email}, {@code nickname}, {@code password}) to Korean message
 * @param alert a problem not about one field (too many sign-ups), or null
 */
public record SignUpPage(String email, String nickname, Map<String, String> errors, String alert, String csrfParameter,
		String csrfToken) {

	public String error(String field) {
		return errors.get(field);
	}

	public boolean hasError(String field) {
		return errors.containsKey(field);
	}
}
