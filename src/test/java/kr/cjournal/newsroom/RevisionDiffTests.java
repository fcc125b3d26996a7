package kr.cjournal.newsroom;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Comparing revisions: line by line, and bounded however far apart two long texts are. */
class RevisionDiffTests {

	@Test
	void twoThirtyThousandLineRevisionsThatShareNothingAreShownWholesaleWithinSeconds() {
		Revision older = revision(1, lines(30_000, i -> "가" + i));
		Revision newer = revision(2, lines(30_000, i -> "나" + i));

		RevisionDiff.Comparison comparison = timed("every line changed", () -> RevisionDiff.between(older, newer));

		assertThat(comparison.notice()).startsWith("비교하기에 너무 큽니다");
		assertThat(comparison.lines().get(0)).isEqualTo(new RevisionDiff.Line("same", "제목: 같은 제목"));
		assertThat(comparison.lines()).filteredOn(line -> line.kind().equals("removed")).hasSize(30_000);
		assertThat(comparison.lines()).filteredOn(line -> line.kind().equals("added")).hasSize(30_000);
		assertThat(comparison.lines().get(2)).isEqualTo(new RevisionDiff.Line("removed", "가0"));
	}

	@Test
	void aFewHundredChangesInThirtyThousandLinesArePairedUpLineByLine() {
		Revision older = revision(1, lines(30_000, i -> "문단 " + i));
		Revision newer = revision(2, lines(30_000, i -> i % 75 == 0 ? "고친 문단 " + i : "문단 " + i));

		RevisionDiff.Comparison comparison = timed("400 lines changed", () -> RevisionDiff.between(older, newer));

		assertThat(comparison.notice()).isNull();
		assertThat(comparison.lines()).filteredOn(line -> line.kind().equals("removed")).hasSize(400);
		assertThat(comparison.lines()).filteredOn(line -> line.kind().equals("added"))
			.hasSize(400)
			.first()
			.isEqualTo(new RevisionDiff.Line("added", "고친 문단 0"));
		assertThat(comparison.lines()).filteredOn(line -> line.kind().equals("same")).hasSize(2 + 29_600);
	}

	private static RevisionDiff.Comparison timed(String what, org.junit.jupiter.api.function.ThrowingSupplier<RevisionDiff.Comparison> diff) {
		long started = System.nanoTime();
		// Generous for a busy build machine; before the cap the first case ran for minutes.
		RevisionDiff.Comparison comparison = assertTimeoutPreemptively(Duration.ofSeconds(5), diff);
		System.out.printf("diff of two 30,000-line revisions, %s: %d ms%n", what, (System.nanoTime() - started) / 1_000_000);
		return comparison;
	}

	private static String lines(int count, java.util.function.IntFunction<String> line) {
		return IntStream.range(0, count).mapToObj(line).collect(Collectors.joining("\n"));
	}

	private static Revision revision(int number, String body) {
		return new Revision(1, number, 1, "같은 제목", null, body, "hana", OffsetDateTime.now(), "저장");
	}
}
