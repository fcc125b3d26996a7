package kr.cjournal.people.recognition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of person recognition on a held-out labelled set
 * (src/test/resources/people/recognition-holdout.yml): new people, companies, titles and sentence
 * shapes that the recogniser's rules were not developed against. Same thresholds and scoring as
 * {@link RecognitionQualityTests}.
 */
class RecognitionHoldoutTests {

	@Test
	void recognisesPeopleInTheHeldOutSetWithHighPrecisionAndRecall() {
		RecognitionScore score = RecognitionScore.of("/people/recognition-holdout.yml").print("the held-out set");

		assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(RecognitionScore.MIN_PRECISION);
		assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(RecognitionScore.MIN_RECALL);
	}
}
