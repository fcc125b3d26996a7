package kr.cjournal.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

class FirstAdminIntegrationTests {


	@Nested
	@Import(AccountsTestConfiguration.class)
	@SpringBootTest(properties = { "cjournal.demo=false", "CJOURNAL_ADMIN_PASSWORD=correct horse battery 42",
			"CJOURNAL_ADMIN_TOKEN=cj_first-start-token-abcdefghijklmnopqrstuvwxyz012345",
			"cjournal.accounts.admin-email=desk@cjournal.example" })
	@ExtendWith(OutputCaptureExtension.class)
	class WithAConfiguredPasswordAndToken {

		@Autowired
		Accounts accounts;

		@Autowired
		ApiTokens tokens;

		@Autowired
		AccountsTestConfiguration.SavedAccounts saved;

		@Test
		void theAdminSignsInWithTheConfiguredPasswordAndHoldsEveryRole(CapturedOutput output) {
			assertThat(accounts.passwordMatches("admin", "correct horse battery 42")).isTrue();
			assertThat(accounts.passwordMatches("admin", "admin")).isFalse();
			assertThat(accounts.findByUsername("admin").orElseThrow().roles()).isEqualTo(EnumSet.allOf(Role.class));
			assertThat(output.getAll()).doesNotContain("correct horse battery 42").doesNotContain("breaks the password policy");
		}

		@Test
		void theConfiguredTokenIsTheAdminsApiToken(CapturedOutput output) {
			assertThat(tokens.owner("cj_first-start-token-abcdefghijklmnopqrstuvwxyz012345")).get()
				.extracting(ApiTokens.Owner::username)
				.isEqualTo("admin");
			assertThat(tokens.owner("cj_first-start-token")).isEmpty();
			assertThat(output.getAll()).doesNotContain("cj_first-start-token-abcdefghijklmnopqrstuvwxyz012345");
		}

		@Test
		void theFirstAdminIsAnnouncedLikeAnyStaffAccount() {
			StaffAccountSaved event = saved.last("admin");

			assertThat(event.displayName()).isEqualTo("관리자");
			assertThat(event.email()).isEqualTo("desk@cjournal.example");
			assertThat(event.roles()).isEqualTo(EnumSet.allOf(Role.class));
			assertThat(event.enabled()).isTrue();
		}
	}

	@Nested
	@SpringBootTest(properties = { "cjournal.demo=false", "CJOURNAL_ADMIN_PASSWORD=admin12345" })
	@ExtendWith(OutputCaptureExtension.class)
	class WithAWeakConfiguredPassword {

		@Autowired
		Accounts accounts;

		@Test
		void theOperatorsChoiceIsKeptButTheLogWarnsWhyItShouldChange(CapturedOutput output) {
			assertThat(accounts.passwordMatches("admin", "admin12345")).isTrue();
			assertThat(output.getAll()).contains("CJOURNAL_ADMIN_PASSWORD breaks the password policy",
					"널리 알려진 비밀번호").doesNotContain("admin12345");
		}
	}

	@Nested
	@SpringBootTest(properties = { "cjournal.demo=false", "CJOURNAL_ADMIN_PASSWORD=",
			"spring.profiles.active=log-file", "logging.file.name=" + WithoutAConfiguredPassword.LOG_FILE })
	@ExtendWith(OutputCaptureExtension.class)
	class WithoutAConfiguredPassword {

		/** A log file as an operator would keep one (Spring Boot adds a file appender for it). */
		static final String LOG_FILE = "target/test-data/first-admin/cjournal.log";

		static {
			try {
				Files.deleteIfExists(Path.of(LOG_FILE));
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}

		@Autowired
		Accounts accounts;

		@Autowired
		FirstAdmin firstAdmin;

		@Test
		void aRandomPasswordIsPrintedOnceAndWorks(CapturedOutput output) {
			Matcher printed = Pattern.compile("password:\\s+(\\S{20})").matcher(output.getAll());
			assertThat(printed.find()).as("the generated password is on the console").isTrue();
			String password = printed.group(1);

			assertThat(accounts.passwordMatches("admin", password)).isTrue();
			assertThat(accounts.passwordMatches("admin", "")).isFalse();

			firstAdmin.afterSingletonsInstantiated();
			assertThat(Pattern.compile("password:\\s+\\S{20}").matcher(output.getAll()).results().count())
				.as("printed only at the first start").isEqualTo(1);
			assertThat(accounts.passwordMatches("admin", password)).isTrue();
		}

		@Test
		void theGeneratedPasswordIsOnStandardOutputButInNoLogFile(CapturedOutput output) throws IOException {
			Matcher printed = Pattern.compile("password:\\s+(\\S{20})").matcher(output.getOut());
			assertThat(printed.find()).as("the generated password on standard output").isTrue();
			String password = printed.group(1);
			String logFile = Files.readString(Path.of(LOG_FILE), StandardCharsets.UTF_8);

			assertThat(logFile).as("the log file").doesNotContain(password);
			assertThat(logFile).as("the log file, written by this start")
				.contains("First administrator 'admin' created; its generated password was printed once to the console");
			assertThat(output.getErr()).doesNotContain(password);
		}
	}

	@Test
	void generatedPasswordsAreLongAndDifferent() {
		String one = FirstAdmin.generatePassword();
		String two = FirstAdmin.generatePassword();

		assertThat(one).hasSize(20).isNotEqualTo(two);
	}
}
