package kr.cjournal.accounts;

import java.util.Map;

/** A sign-up that was refused: what is wrong, field ({@code email}, {@code nickname}, {@code password}) by field, in Korean. */
public class SignUpRefused extends RuntimeException {

	private final Map<String, String> problems;

	SignUpRefused(Map<String, String> problems) {
		super(String.join(" ", problems.values()), null, false, false);
		this.problems = Map.copyOf(problems);
	}

	public Map<String, String> problems() {
		return problems;
	}
}
