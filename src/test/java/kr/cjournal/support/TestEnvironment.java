package kr.cjournal.support;

/** Whether an optional test resource (PostgreSQL, Chromium) must be there, as in CI. */
public final class TestEnvironment {

	private TestEnvironment() {
	}

	public static boolean required(String variable) {
		return "true".equalsIgnoreCase(System.getenv("CI")) || "required".equalsIgnoreCase(System.getenv(variable));
	}
}
