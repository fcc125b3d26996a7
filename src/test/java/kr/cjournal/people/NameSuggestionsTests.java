package kr.cjournal.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameSuggestionsTests {

	@Test
	void initialConsonantsPrefixesAndMixturesMatch() {
		assertThat(NameSuggestions.matches("ㅊㅌㅇ", "최태원")).isTrue();
		assertThat(NameSuggestions.matches("최태", "최태원")).isTrue();
		assertThat(NameSuggestions.matches("최ㅌ", "최태원")).isTrue();
		assertThat(NameSuggestions.matches("ㄲ", "김민수")).as("ㄲ is not ㄱ").isFalse();
		assertThat(NameSuggestions.matches("ㅊㅌㅇㅇ", "최태원")).isFalse();
		assertThat(NameSuggestions.matches("태원", "최태원")).as("prefix, not anywhere").isFalse();
		assertThat(NameSuggestions.matches("north", "northbridge")).isTrue();
	}

	@Test
	void theInitialOfASyllableIsComputedFromItsCode() {
		assertThat(NameSuggestions.initialOf('가')).isEqualTo('ㄱ');
		assertThat(NameSuggestions.initialOf('힣')).isEqualTo('ㅎ');
		assertThat(NameSuggestions.initialOf('빠')).isEqualTo('ㅃ');
		assertThat(NameSuggestions.initialOf('A')).isEqualTo('A');
	}
}
