package kr.cjournal.comments.filter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the shipped lists on comments written for the project: the dev set
 * (which the rules were tuned on) and the holdout (never tuned on; its misses are not printed).
 */
class LabelledSetTests {

	private final FilterMatcher filter = FilterMatcher.of(WordLists.shipped());

	@Test
	void devSetHasPrecisionOfAtLeast90AndRecallOfAtLeast85Percent() throws IOException {
		List<String[]> set = read("labelled-dev.tsv");
		assertThat(set).hasSizeGreaterThanOrEqualTo(300);
		Figures figures = measure(set, true);
		System.out.println("labelled-dev: " + figures);
		assertThat(figures.precision()).as("dev precision").isGreaterThanOrEqualTo(0.9);
		assertThat(figures.recall()).as("dev recall").isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void holdoutSetStaysAboveTheFloor() throws IOException {
		List<String[]> set = read("labelled-holdout.tsv");
		assertThat(set).hasSizeGreaterThanOrEqualTo(120);
		Figures figures = measure(set, false);
		System.out.println("labelled-holdout: " + figures);
		assertThat(figures.precision()).as("holdout precision").isGreaterThanOrEqualTo(0.8);
		assertThat(figures.recall()).as("holdout recall").isGreaterThanOrEqualTo(0.75);
	}

	record Figures(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

		double precision() {
			return truePositives / (double) Math.max(1, truePositives + falsePositives);
		}

		double recall() {
			return truePositives / (double) Math.max(1, truePositives + falseNegatives);
		}

		@Override
		public String toString() {
			return String.format("precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)", precision(), recall(),
					truePositives, falsePositives, falseNegatives, trueNegatives);
		}
	}

	private Figures measure(List<String[]> set, boolean showMisses) {
		int tp = 0, fp = 0, fn = 0, tn = 0;
		for (String[] row : set) {
			boolean abusive = row[0].equals("abusive");
			Screening screening = filter.screen(row[1]);
			if (screening.abusive() && abusive) {
				tp++;
			}
			else if (screening.abusive()) {
				fp++;
				if (showMisses) {
					System.out.println("  false positive: " + row[1] + " " + screening.matches());
				}
			}
			else if (abusive) {
				fn++;
				if (showMisses) {
					System.out.println("  false negative: " + row[1]);
				}
			}
			else {
				tn++;
			}
		}
		return new Figures(tp, fp, fn, tn);
	}

	private static List<String[]> read(String name) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = LabelledSetTests.class.getResourceAsStream("/comments/filter/" + name)) {
			assertThat(in).as(name).isNotNull();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t", 2);
				assertThat(parts[0]).as(line).isIn("abusive", "clean");
				rows.add(parts);
			}
		}
		return rows;
	}
}
