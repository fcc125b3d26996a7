package kr.cjournal.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be: 10 to 128 characters and not guessable. Guessability is
 * zxcvbn's estimate (zxcvbn4j), which knows the 30,000 most common passwords, English words,
 * names, keyboard walks, repeats, sequences and dates, and the person's own user name, name and
 * e-mail. A password must need at least 10^8 guesses (zxcvbn score 3): beyond an online attack
 * that the sign-in throttle already slows, and a fair way into an offline one against BCrypt.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private static final int MIN_SCORE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/**
	 * Why the password is refused, in Korean, or empty when it is fine.
	 * @param personal the user name, display name and e-mail of whoever will use it
	 */
	Optional<String> problem(String password, String... personal) {
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("비밀번호가 너무 짧습니다. " + MIN_LENGTH + "자 이상으로 정해 주세요.");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("비밀번호가 너무 깁니다. " + MAX_LENGTH + "자 이하로 정해 주세요.");
		}
		List<String> inputs = Arrays.stream(personal)
			.filter(Objects::nonNull)
			.map(String::toLowerCase)
			.flatMap(s -> Stream.concat(Stream.of(s), Arrays.stream(s.split("[@\\s._-]+"))))
			.filter(s -> s.length() >= 3)
			.toList();
		Strength strength = zxcvbn.measure(password, inputs);
		if (strength.getScore() >= MIN_SCORE) {
			return Optional.empty();
		}
		return Optional.of(reason(strength.getSequence()) + " 남들이 떠올리기 어려운 낱말 몇 개를 이어 더 길게 만들어 주세요.");
	}

	/** Throws {@link PasswordRejected} naming the problem when the password is refused. */
	void check(String password, String... personal) {
		problem(password, personal).ifPresent(problem -> {
			throw new PasswordRejected(problem);
		});
	}

	/** The most telling weakness zxcvbn found, in Korean, without repeating the password. */
	private static String reason(List<Match> matches) {
		if (has(matches, m -> m.pattern == Pattern.Dictionary && "passwords".equals(m.dictionaryName))) {
			return "널리 알려진 비밀번호이거나 그것을 조금 바꾼 비밀번호입니다.";
		}
		if (has(matches, m -> m.pattern == Pattern.Dictionary && "user_inputs".equals(m.dictionaryName))) {
			return "아이디, 이름이나 이메일 주소가 들어 있어 추측하기 쉽습니다.";
		}
		if (has(matches, m -> m.pattern == Pattern.Repeat)) {
			return "같은 글자나 낱말을 되풀이해 추측하기 쉽습니다.";
		}
		if (has(matches, m -> m.pattern == Pattern.Sequence || m.pattern == Pattern.Spatial)) {
			return "abc, 123, qwerty처럼 연속된 글자나 자판 배열이 들어 있어 추측하기 쉽습니다.";
		}
		if (has(matches, m -> m.pattern == Pattern.Date || m.pattern == Pattern.Regex)) {
			return "연도나 날짜가 들어 있어 추측하기 쉽습니다.";
		}
		if (has(matches, m -> m.pattern == Pattern.Dictionary)) {
			return "흔한 낱말이나 이름으로 되어 있어 추측하기 쉽습니다.";
		}
		return "추측하기 쉬운 비밀번호입니다.";
	}

	private static boolean has(List<Match> matches, Predicate<Match> test) {
		return matches.stream().anyMatch(test);
	}
}
