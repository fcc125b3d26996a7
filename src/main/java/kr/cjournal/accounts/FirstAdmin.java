package kr.cjournal.accounts;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator, holding every role, when there is none. There is no default
 * password: it comes from {@code CJOURNAL_ADMIN_PASSWORD} (read at the first start only) or is
 * generated and printed once at first start, to standard output and not through the logging
 * system, so that no log file keeps it. A password the operator chose is used even when the
 * policy would refuse it (a warning says why), because refusing to start would lock the operator
 * out of a fresh installation; the administrator can change it at {@code /newsroom/account}.
 * {@code CJOURNAL_ADMIN_TOKEN}, when set, becomes the administrator's first API token, with every
 * {@link TokenScope}. Command-line runs of the jar ({@code export}) set
 * {@code cjournal.accounts.first-admin=false}, so the one-time password is not printed in the
 * middle of a script's output: the site's first start creates the administrator.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final PasswordPolicy policy;

	private final AccountsSettings settings;

	private final String configuredPassword;

	private final String configuredToken;

	private final boolean enabled;

	FirstAdmin(Accounts accounts, ApiTokens tokens, PasswordPolicy policy, AccountsSettings settings,
			@Value("${CJOURNAL_ADMIN_PASSWORD:}") String configuredPassword,
			@Value("${CJOURNAL_ADMIN_TOKEN:}") String configuredToken,
			@Value("${cjournal.accounts.first-admin:true}") boolean enabled) {
		this.enabled = enabled;
		this.accounts = accounts;
		this.tokens = tokens;
		this.policy = policy;
		this.settings = settings;
		this.configuredPassword = configuredPassword;
		this.configuredToken = configuredToken.strip();
	}

	@Override
	public void afterSingletonsInstantiated() {
		// Off for command-line runs: the password is printed at the site's own first start.
		if (!enabled || accounts.exists(USERNAME)) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? generatePassword() : configuredPassword;
		String displayName = "관리자";
		StaffMember admin = accounts.insert(USERNAME, displayName, settings.adminEmail(), password,
				EnumSet.allOf(Role.class));
		if (generated) {
			printToConsole(password);
			log.warn("First administrator '{}' created; its generated password was printed once to the console "
					+ "(standard output), not to the log. Sign in and change it at /newsroom/account (내 계정).",
					USERNAME);
		}
		else {
			log.info("First administrator '{}' created with the password from CJOURNAL_ADMIN_PASSWORD", USERNAME);
			policy.problem(password, USERNAME, displayName, settings.adminEmail())
				.ifPresent(problem -> log.warn("CJOURNAL_ADMIN_PASSWORD breaks the password policy and should be "
						+ "changed at /newsroom/account after signing in: {}", problem));
		}
		if (!configuredToken.isEmpty()) {
			// The operator's token is for automation: every scope, though still never staff administration.
			tokens.register(admin.id(), "CJOURNAL_ADMIN_TOKEN", configuredToken, EnumSet.allOf(TokenScope.class));
			log.info("CJOURNAL_ADMIN_TOKEN registered as an API token of '{}'", USERNAME);
			if (configuredToken.length() < 32) {
				log.warn("CJOURNAL_ADMIN_TOKEN is shorter than 32 characters; a long random token is safer");
			}
		}
	}

	/**
	 * Shows the password on standard output, past the logging system, so that no log file, log
	 * shipper or appender keeps it. Whoever starts the first instance reads it there once.
	 */
	private static void printToConsole(String password) {
		System.out.println("""

				==================================================================
				 First administrator created. This password is shown only once:
				   user name: %s
				   password:  %s
				 Sign in and change it at /newsroom/account (내 계정).
				 Set CJOURNAL_ADMIN_PASSWORD before the first start to choose it.
				==================================================================
				""".formatted(USERNAME, password));
		System.out.flush();
	}

	static String generatePassword() {
		return RandomPasswords.generate();
	}
}
