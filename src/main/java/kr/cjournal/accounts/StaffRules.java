package kr.cjournal.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a staff account's user name, name, e-mail address and roles must look like. */
final class StaffRules {

	static final Set<Role> STAFF_ROLES = Set.of(Role.REPORTER, Role.EDITOR, Role.MODERATOR, Role.ADMIN);

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	// Deliberately loose: one @, something on each side, a dot or a single host name after it.
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,100}@[^@\\s.][^@\\s]{0,98}");

	private StaffRules() {
	}

	/** Lower case, no surrounding spaces: how user names and e-mail addresses are stored. */
	static String normalize(String value) {
		return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
	}

	static Optional<String> usernameProblem(String username) {
		if (username == null || username.isBlank()) {
			return Optional.of("아이디를 입력해 주세요.");
		}
		return USERNAME.matcher(username).matches() ? Optional.empty()
				: Optional.of("아이디는 영문 소문자, 숫자와 . _ - 로 3~60자여야 하며 영문이나 숫자로 시작해야 합니다.");
	}

	static Optional<String> displayNameProblem(String displayName) {
		if (displayName == null || displayName.isBlank()) {
			return Optional.of("이름을 입력해 주세요.");
		}
		return displayName.strip().length() > 60 ? Optional.of("이름은 60자 이하로 입력해 주세요.") : Optional.empty();
	}

	static Optional<String> emailProblem(String email) {
		if (email == null || email.isBlank()) {
			return Optional.of("이메일 주소를 입력해 주세요.");
		}
		return EMAIL.matcher(email).matches() ? Optional.empty()
				: Optional.of("이메일 주소가 올바르지 않습니다. 예: hong@cjournal.kr");
	}

	static Optional<String> rolesProblem(Set<Role> roles) {
		return roles.stream().anyMatch(STAFF_ROLES::contains) ? Optional.empty()
				: Optional.of("직원 역할을 하나 이상 골라 주세요.");
	}
}
