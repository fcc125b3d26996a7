package kr.cjournal.people;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelled sentences person recognition is measured on stay well-formed: every labelled name,
 * organisation and title occurs in its text, negatives name nobody, and each set is large and varied
 * enough to measure precision and recall. Holds for the development set and for the held-out set.
 */
class RecognitionSetTests {

	@ParameterizedTest
	@CsvSource({ "/people/recognition-set.yml, 60", "/people/recognition-holdout.yml, 40" })
	@SuppressWarnings("unchecked")
	void theLabelledSetIsLargeVariedAndConsistentWithItsTexts(String resource, int minimumSize) throws IOException {
		List<Map<String, Object>> sentences;
		try (InputStream in = getClass().getResourceAsStream(resource)) {
			sentences = (List<Map<String, Object>>) ((Map<String, Object>) new Yaml(
					new SafeConstructor(new LoaderOptions())).load(in)).get("sentences");
		}

		assertThat(sentences).hasSizeGreaterThanOrEqualTo(minimumSize);
		assertThat(sentences.stream().map(s -> s.get("id")).distinct()).hasSameSizeAs(sentences);
		assertThat(sentences.stream().map(s -> s.get("kind")).distinct()).contains("name-org-title", "org-name-title",
				"foreign", "back-reference", "same-name", "negative", "byline");
		for (Map<String, Object> sentence : sentences) {
			String text = (String) sentence.get("text");
			List<Map<String, Object>> people = (List<Map<String, Object>>) sentence.get("people");
			if ("negative".equals(sentence.get("kind"))) {
				assertThat(people).as("negative %s", sentence.get("id")).isEmpty();
			}
			for (Map<String, Object> person : people) {
				for (String key : List.of("name", "organization", "title")) {
					if (person.get(key) != null) {
						assertThat(text).as("%s of sentence %s", key, sentence.get("id")).contains((String) person.get(key));
					}
				}
			}
		}
	}
}
