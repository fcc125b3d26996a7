package kr.cjournal.people.recognition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of person recognition on the labelled set its rules were developed against
 * (src/test/resources/people/recognition-set.yml); {@link RecognitionHoldoutTests} measures the
 * held-out set. Scored by {@link RecognitionScore}.
 */
class RecognitionQualityTests {

	@Test
	void recognisesPeopleInTheLabelledSetWithHighPrecisionAndRecall() {
		RecognitionScore score = RecognitionScore.of("/people/recognition-set.yml").print("the development set");

		assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(RecognitionScore.MIN_PRECISION);
		assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(RecognitionScore.MIN_RECALL);
	}
}
