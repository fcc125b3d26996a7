package kr.cjournal.exchange;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema check the exchange tests rely on refuses what ninjs 2.1 refuses. */
class NinjsSchemaTests {

	private static final String VALID = """
			{"uri":"https://www.cjournal.kr/article/1","type":"text","language":"ko",
			 "headlines":[{"role":"main","value":"제목"}]}""";

	@Test
	void acceptsAMinimalTextItem() {
		assertThat(NinjsSchema.problems(VALID)).isEmpty();
	}

	@Test
	void refusesAPropertyOutsideTheSchemaAnywhere() {
		assertThat(NinjsSchema.problems(VALID.replace("\"language\"", "\"section\":\"x\",\"language\""))).isNotEmpty();
		assertThat(NinjsSchema.problems(VALID.replace("\"role\":\"main\"", "\"role\":\"main\",\"html\":true")))
			.isNotEmpty();
	}

	@Test
	void refusesAnItemWithoutUriOrWithAnUnknownPubstatus() {
		assertThat(NinjsSchema.problems(VALID.replace("\"uri\":\"https://www.cjournal.kr/article/1\",", "")))
			.isNotEmpty();
		assertThat(NinjsSchema.problems(VALID.replace("\"type\":\"text\"", "\"type\":\"text\",\"pubstatus\":\"live\"")))
			.isNotEmpty();
	}

	@Test
	void refusesAPictureWithoutNameOrARenditionWithoutName() {
		assertThat(NinjsSchema.problems(VALID.replace("\"language\"",
				"\"associations\":[{\"uri\":\"https://www.cjournal.kr/media/a.jpg\"}],\"language\""))).isNotEmpty();
		assertThat(NinjsSchema.problems(VALID.replace("\"language\"",
				"\"renditions\":[{\"href\":\"https://www.cjournal.kr/media/a.jpg\"}],\"language\""))).isNotEmpty();
	}
}
