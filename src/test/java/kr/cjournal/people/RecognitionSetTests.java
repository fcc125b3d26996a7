package kr.cjournal.people;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelled sentences person recognition will be measured on stay well-formed: every labelled
 * name, organisation and title occurs in its text, negatives name nobody, and the set is large and
 * varied enough to measure precision and recall.
 */
class RecognitionSetTests {

	@Test
	@SuppressWarnings("unchecked")
	void theLabelledSetIsLargeVariedAndConsistentWithItsTexts() throws IOException {
		List<Map<String, Object>> sentences;
		try (InputStream in = getClass().getResourceAsStream("/people/recognition-set.yml")) {
			sentences = (List<Map<String, Object>>) ((Map<String, Object>) new Yaml(
					new SafeConstructor(new LoaderOptions())).load(in)).get("sentences");
		}

		assertThat(sentences).hasSizeGreaterThanOrEqualTo(60);
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
