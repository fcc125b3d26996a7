package kr.cjournal.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void tooShortSaysHowLongItMustBe() {
		assertThat(policy.problem("Kq7#mT2x!")).contains("비밀번호가 너무 짧습니다. 10자 이상으로 정해 주세요.");
		assertThat(policy.problem("")).contains("비밀번호가 너무 짧습니다. 10자 이상으로 정해 주세요.");
		assertThat(policy.problem(null)).isPresent();
	}

	@Test
	void tooLongSaysHowLongItMayBe() {
		assertThat(policy.problem("a1b2c3d4e5".repeat(12) + "f6g7h8i9j"))
			.contains("비밀번호가 너무 깁니다. 128자 이하로 정해 주세요.");
		assertThat(policy.problem("Kq7mT2xPz9wLr4NbVs8J".repeat(6) + "Kq7mT2xP")).as("exactly 128").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "password123", "qwerty123456", "1q2w3e4r5t", "iloveyou12", "P@ssw0rd123", "welcome123",
			"sunshine12", "Summer2024!" })
	void commonPasswordsAreRefusedAsWellKnown(String common) {
		assertThat(policy.problem(common)).get().asString().startsWith("널리 알려진 비밀번호");
	}

	@Test
	void repeatsSequencesAndTheOwnNameAreRefusedNamingTheProblem() {
		assertThat(policy.problem("passwordpassword")).get().asString().contains("되풀이");
		assertThat(policy.problem("abcdefghijk")).get().asString().contains("연속된 글자");
		assertThat(policy.problem("hana.seo2024", "hana.seo", "서하나", "hana.seo@cjournal.example")).get()
			.asString()
			.contains("아이디, 이름이나 이메일 주소");
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery 42", "river lantern copper 58", "Kq7mT2xPz9wLr4NbVs8J",
			"가나다라마바사아자차", "bluesky-harbor-77" })
	void longOrUncommonPasswordsPass(String good) {
		assertThat(policy.problem(good, "hana.seo", "서하나", "hana.seo@cjournal.example")).isEmpty();
	}

	@Test
	void generatedPasswordsAlwaysPass() {
		for (int i = 0; i < 20; i++) {
			assertThat(policy.problem(RandomPasswords.generate(), "admin", "관리자")).isEmpty();
		}
	}

	@Test
	void checkThrowsWithTheKoreanReason() {
		assertThatThrownBy(() -> policy.check("short")).isInstanceOf(PasswordRejected.class)
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("10자 이상");
	}
}
