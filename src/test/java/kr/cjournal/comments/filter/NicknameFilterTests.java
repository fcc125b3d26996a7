package kr.cjournal.comments.filter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Sign-up asks the filter about nicknames: abusive ones, disguised or not, are refused with a reason. */
class NicknameFilterTests {

	private final NicknameFilter nicknames = new NicknameFilter(new CleanFilter(mock(FilterWords.class)));

	@Test
	void abusiveNicknamesAreRefusedInKorean() {
		for (String nickname : new String[] { "씨발맨", "tlqkf", "ㅂㅅ", "병1신왕", "개새끼123" }) {
			assertThat(nicknames.problem(nickname)).as(nickname).contains("욕설이나 비하하는 말이 들어간 별명은 쓸 수 없습니다.");
		}
	}

	@Test
	void ordinaryNicknamesPass() {
		for (String nickname : new String[] { "개미투자자", "시발점", "주식초보", "새끼손가락", "존경합니다" }) {
			assertThat(nicknames.problem(nickname)).as(nickname).isEmpty();
		}
	}
}
