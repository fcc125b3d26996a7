package kr.cjournal.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import kr.cjournal.support.XssPayloads;

import static org.assertj.core.api.Assertions.assertThat;

class NicknameRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "김독자", "hong_gildong", "Reader2026", "경제읽는사람_1", "ab", "가나다라마바사아자차카타" })
	void acceptsHangulSyllablesLatinLettersDigitsAndUnderscoresFromTwoToTwelve(String nickname) {
		assertThat(NicknameRules.problem(NicknameRules.clean(nickname))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"|닉네임을 입력해 주세요.",
			"김|닉네임은 2~12자로 정해 주세요.",
			"가나다라마바사아자차카타파|닉네임은 2~12자로 정해 주세요.",
			"김 독자|닉네임에는 띄어쓰기를 쓸 수 없습니다.",
			"ㅋㅋㅋ|닉네임에는 자음이나 모음만 있는 글자(ㅋ, ㅏ 등)를 쓸 수 없습니다. 완성된 한글로 써 주세요.",
			"독자ㅎㅎ|닉네임에는 자음이나 모음만 있는 글자(ㅋ, ㅏ 등)를 쓸 수 없습니다. 완성된 한글로 써 주세요.",
			"독자😀|닉네임에는 한글, 영문, 숫자와 밑줄(_)만 쓸 수 있습니다. 기호, 이모지는 쓸 수 없습니다.",
			"독자!|닉네임에는 한글, 영문, 숫자와 밑줄(_)만 쓸 수 있습니다. 기호, 이모지는 쓸 수 없습니다.",
			"ｒｅａｄｅｒ|닉네임에는 한글, 영문, 숫자와 밑줄(_)만 쓸 수 있습니다. 기호, 이모지는 쓸 수 없습니다.",
			"漢字名|닉네임에는 한글, 영문, 숫자와 밑줄(_)만 쓸 수 있습니다. 기호, 이모지는 쓸 수 없습니다.",
			"관리자|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"진짜관리자임|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"운영진_김|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"김기자|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"데스크장|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"편집국|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"씨저널팬|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"CJournal|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"Admin|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"ADM1N_kim|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"a_d_m_i_n|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"Moderator|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.",
			"고객센터|운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다." })
	void refusesEachRuleWithItsOwnMessage(String nickname, String message) {
		assertThat(NicknameRules.problem(NicknameRules.clean(nickname))).contains(message);
	}

	@ParameterizedTest
	@ValueSource(strings = { "김\u200B독자", "독자\u0000", "독자\u202E", "독\t자", "독\u0301자" })
	void refusesInvisibleAndControlCharacters(String nickname) {
		assertThat(NicknameRules.problem(NicknameRules.clean(nickname))).isPresent();
	}

	@org.junit.jupiter.api.Test
	void decomposedHangulCountsAsTheSyllablesItComposes() {
		assertThat(NicknameRules.problem(NicknameRules.clean("\u1112\u1161\u11AB\u1100\u1173\u11AF"))).isEmpty();
		assertThat(NicknameRules.clean("\u1112\u1161\u11AB\u1100\u1173\u11AF")).isEqualTo("한글");
	}

	@org.junit.jupiter.api.Test
	void everyXssPayloadIsRefusedAsANickname() {
		assertThat(XssPayloads.all()).hasSizeGreaterThan(300)
			.allSatisfy(payload -> assertThat(NicknameRules.problem(NicknameRules.clean(payload))).as(payload).isPresent());
	}
}
