package kr.cjournal.site.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test only where it can run, except in CI: with {@code CI=true} or
 * {@code CJOURNAL_TEST_BROWSER=required} the test always runs, so a missing Chromium fails the
 * build loudly instead of skipping it quietly. Elsewhere the test is skipped, with the reason,
 * unless Chromium ({@code /usr/bin/chromium} or {@code chromium} on the PATH) and
 * {@code /usr/bin/chromedriver} are installed ({@code apt-get install chromium chromium-driver}).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(EnabledIfChromium.Condition.class)
public @interface EnabledIfChromium {

	/** Where the browser and its driver are, or why they cannot be used. */
	final class Binaries {

		static final Path CHROMIUM = Path.of("/usr/bin/chromium");

		static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

		private Binaries() {
		}

		/** {@code /usr/bin/chromium}, else the first {@code chromium} on the PATH. */
		static Optional<Path> chromium() {
			if (Files.isExecutable(CHROMIUM)) {
				return Optional.of(CHROMIUM);
			}
			String path = System.getenv("PATH");
			if (path == null) {
				return Optional.empty();
			}
			for (String dir : path.split(java.io.File.pathSeparator)) {
				if (!dir.isBlank()) {
					Path candidate = Path.of(dir, "chromium");
					if (Files.isExecutable(candidate)) {
						return Optional.of(candidate);
					}
				}
			}
			return Optional.empty();
		}

		static Optional<Path> chromedriver() {
			return Files.isExecutable(CHROMEDRIVER) ? Optional.of(CHROMEDRIVER) : Optional.empty();
		}

		/** Null when both are there, else what is missing and how to install it. */
		static String missing() {
			if (chromium().isEmpty()) {
				return "Chromium not found at " + CHROMIUM + " nor as 'chromium' on the PATH"
						+ " (apt-get install chromium chromium-driver)";
			}
			if (chromedriver().isEmpty()) {
				return "ChromeDriver not found at " + CHROMEDRIVER + " (apt-get install chromium-driver)";
			}
			return null;
		}
	}

	/** The JUnit 5 condition behind the annotation. */
	final class Condition implements ExecutionCondition {

		private final Function<String, String> env;

		public Condition() {
			this(System::getenv);
		}

		Condition(Function<String, String> env) {
			this.env = env;
		}

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if ("true".equalsIgnoreCase(env.apply("CI"))) {
				return ConditionEvaluationResult.enabled("CI=true: browser tests are required");
			}
			if ("required".equalsIgnoreCase(env.apply("CJOURNAL_TEST_BROWSER"))) {
				return ConditionEvaluationResult.enabled("CJOURNAL_TEST_BROWSER=required");
			}
			String missing = Binaries.missing();
			return missing == null ? ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed")
					: ConditionEvaluationResult.disabled("Browser test skipped: " + missing
							+ ". Set CI=true or CJOURNAL_TEST_BROWSER=required to make it fail instead.");
		}
	}
}
