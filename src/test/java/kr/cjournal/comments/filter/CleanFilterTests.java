package kr.cjournal.comments.filter;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.cjournal.support.AdversarialTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The filter on the shipped lists: disguises it must see through, ordinary words it must leave alone. */
class CleanFilterTests {

	private final FilterMatcher filter = FilterMatcher.of(WordLists.shipped());

	private Screening screen(String text) {
		return filter.screen(text);
	}

	@Nested
	class Disguises {

		@ParameterizedTest
		@ValueSource(strings = { "ㅅㅂ", "ㅆㅂ 진짜", "ㅂㅅ", "ㅄ", "ㅋㅋㅋㅅㅂ", "ㅅ ㅂ", "ㅅ.ㅂ", "ㅈㄴ 비싸", "ㅗ" })
		void initialsAreCaught(String text) {
			assertThat(screen(text).abusive()).as(text).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "씨 발", "시 발 놈", "씨.발", "시.발", "씨@발", "시1발", "씨_발", "씨~~~발", "씨-발", "개.새.끼",
				"개 새 끼", "병.신" })
		void spacesDigitsAndSymbolsBetweenLettersAreCaught(String text) {
			assertThat(screen(text).abusive()).as(text).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "씨이이발", "씨이발", "씨바알", "시이바아알", "씨발발발", "개애새끼" })
		void drawnOutLettersAreCaught(String text) {
			assertThat(screen(text).abusive()).as(text).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "ㅅㅣㅂㅏㄹ", "시ㅂㅏㄹ", "ㅂㅕㅇㅅㅣㄴ", "씨ㅂ", "ㅈ같네" })
		void looseJamoAreCaught(String text) {
			assertThat(screen(text).abusive()).as(text).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "ㅅ1발", "ㅅl발", "^ㅣ발", "씨ㅣ발", "병0신", "sh1t", "s1bal", "ｓｉｂａｌ", "c8", "G랄" })
		void lookAlikesAreCaught(String text) {
			assertThat(screen(text).abusive()).as(text).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "tlqkf", "Tlqkf", "qudtls", "whssk", "tlqkfshadk", "rotoRl" })
		void twoSetKeyboardTypingIsCaught(String text) {
			assertThat(screen(text).abusive()).as(text).isTrue();
		}

		@Test
		void invisibleCharactersDoNotHideAWord() {
			assertThat(screen("씨\u200b발").abusive()).isTrue();
			assertThat(screen("씨\u200d발").abusive()).isTrue();
			assertThat(screen("시\u00ad발").abusive()).isTrue();
			assertThat(screen("병\u3164신").abusive()).isTrue();
		}

		@Test
		void matchesAreTheWordsAsWritten() {
			assertThat(screen("주가가 시1발 또 빠졌다").matches()).containsExactly("시1발");
			assertThat(screen("tlqkf 환율").matches()).containsExactly("tlqkf");
			assertThat(screen("아 ㅅㅂ").matches()).containsExactly("ㅅㅂ");
			assertThat(screen("씨 발 놈들").matches()).containsExactly("씨 발");
		}

		@Test
		void categoriesSayWhatKindOfAbuseItIs() {
			assertThat(screen("씨발").categories()).containsExactly(Screening.Category.PROFANITY);
			assertThat(screen("저 멍청이").categories()).containsExactly(Screening.Category.INSULT);
			assertThat(screen("틀딱들").categories()).containsExactly(Screening.Category.SLUR);
			assertThat(screen("멍청이").insulting()).isTrue();
			assertThat(screen("틀딱들").insulting()).isFalse();
		}
	}

	@Nested
	class OrdinaryWords {

		@ParameterizedTest
		@ValueSource(strings = { "구조조정의 시발점이 될 것", "경부선 시발역", "시바견 사료", "시바 코인이 올랐다", "수박씨발라먹기 대회",
				"수박 씨 발라 먹기", "참외씨 발라내고", "18일 발표", "3월 18일 주총", "18년 만에 최대", "2016년 병신년 새해",
				"병신년(丙申年) 증시", "개나리가 피었다", "새끼손가락 걸고", "새끼 고양이 분양", "존재감 없는 CEO", "존경받는 기업인",
				"정부가 다시 발표한다", "오후 3시 발표", "A씨 발언", "김씨 발언", "개발자 채용", "허리띠를 졸라매야", "8등신 모델",
				"등신대 조형물", "니미츠 항모", "5개년 계획", "경제에 미친 영향", "씹는 맛", "한남동 아파트", "쓰레기 처리 업체",
				"보지 않고 투자하면", "ㅋㅋㅋ 대박", "ㅇㅇ 맞아요", "ㄱㅅ", "ㅠㅠ", "돈이 새끼를 친다", "Samsung shares", "SK하이닉스 HBM",
				"ESG 경영", "abc8 모델", "씨티은행", "시 발전 계획", "십팔번 노래" })
		void areLeftAlone(String text) {
			assertThat(screen(text).matches()).as(text).isEmpty();
		}

		@Test
		void anEmptyOrInvisibleTextIsClean() {
			assertThat(screen("")).isEqualTo(Screening.CLEAN);
			assertThat(screen(null)).isEqualTo(Screening.CLEAN);
			assertThat(screen("\u200b\u200b \n")).isEqualTo(Screening.CLEAN);
		}

		@Test
		void anAllowedWordDoesNotHideAbuseElsewhere() {
			assertThat(screen("시발점이라더니 씨발 또 빠졌네").matches()).containsExactly("씨발");
			assertThat(screen("병신년아 꺼져").abusive()).isTrue();
		}
	}

	@Nested
	class Moderators {

		@Test
		void addedWordsAreBlockedInEveryDisguiseAndAllowedWordsWin() {
			FilterMatcher more = FilterMatcher.of(WordLists.shipped()
				.with(List.of(new WordLists.Word("펭귄대감", Screening.Category.INSULT)), List.of("시발택시 박물관")));
			assertThat(more.screen("이 펭 귄 대 감아").categories()).containsExactly(Screening.Category.INSULT);
			assertThat(more.screen("펭1귄대감").abusive()).isTrue();
			assertThat(filter.screen("펭귄대감").abusive()).isFalse();
			assertThat(more.screen("시발택시 박물관 개관").abusive()).isFalse();
		}

		@Test
		void addedInitialsMatchAsTokens() {
			FilterMatcher more = FilterMatcher.of(WordLists.shipped()
				.with(List.of(new WordLists.Word("ㅍㄱ", Screening.Category.INSULT)), List.of()));
			assertThat(more.screen("ㅍㄱ 같은").abusive()).isTrue();
			assertThat(more.screen("펭귄").abusive()).isFalse();
		}
	}

	@Nested
	class HostileInput {

		@Test
		void everyAdversarialTextOf100000CharactersIsScreenedQuickly() {
			Map<String, String> texts = AdversarialTexts.all();
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
				for (Map.Entry<String, String> text : texts.entrySet()) {
					filter.screen(text.getValue());
				}
			});
		}

		@Test
		void longAbusiveAndDisguisedTextsAreScreenedQuickly() {
			List<String> texts = List.of("씨발".repeat(50_000), "ㅅㅂ".repeat(50_000), "ㅅ ".repeat(50_000), "씨 ".repeat(50_000),
					"tlqkf ".repeat(16_000), "시발점 ".repeat(25_000), "ㅅㅣㅂㅏㄹ".repeat(20_000), "씨이".repeat(50_000),
					"1l|^0o".repeat(16_000), "ㅂ ".repeat(50_000));
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
				for (String text : texts) {
					filter.screen(text);
				}
			});
			assertThat(filter.screen("씨발".repeat(50_000)).matches()).hasSizeLessThan(5);
		}
	}
}
