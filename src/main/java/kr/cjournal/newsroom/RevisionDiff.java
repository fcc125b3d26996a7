package kr.cjournal.newsroom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A readable comparison of two revisions, line by line (a Markdown paragraph is a line): what
 * stayed, what went, what came. The headline and subtitle are compared as lines too.
 * <p>
 * Myers' diff costs time in proportion to the lines times the number of changed lines, so two
 * long texts that share nothing (30,000 one-character lines fit in a body) would keep a core busy
 * for minutes. Past {@link #MAX_CHANGES} changed lines it stops pairing lines up: what both share
 * at the start and the end is shown as it is, everything between as gone and come, with a note.
 */
public final class RevisionDiff {

	/** Changed lines (removed plus added) up to which lines are paired up one by one. */
	static final int MAX_CHANGES = 1_000;

	/** {@code kind} is one of {@code same}, {@code removed}, {@code added}. */
	public record Line(String kind, String text) {
	}

	/** The lines to show and, when the comparison was cut short, a note saying so (else null). */
	public record Comparison(List<Line> lines, String notice) {
	}

	private RevisionDiff() {
	}

	public static Comparison between(Revision older, Revision newer) {
		List<String> before = lines(older);
		List<String> after = lines(newer);
		try {
			return new Comparison(lines(before, DiffUtils.diff(before, after, new MyersDiff<>(), new GiveUp())), null);
		}
		catch (TooManyChanges e) {
			return new Comparison(wholesale(before, after), "비교하기에 너무 큽니다: 바뀐 줄이 " + String.format("%,d", MAX_CHANGES)
					+ "줄을 넘어 줄마다 맞춰 보지 않고, 앞뒤의 같은 부분 사이를 통째로 빠진 줄과 새 줄로 보여 줍니다.");
		}
	}

	private static List<Line> lines(List<String> before, Patch<String> patch) {
		List<Line> result = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			for (; position < delta.getSource().getPosition(); position++) {
				result.add(new Line("same", before.get(position)));
			}
			delta.getSource().getLines().forEach(text -> result.add(new Line("removed", text)));
			delta.getTarget().getLines().forEach(text -> result.add(new Line("added", text)));
			position += delta.getSource().size();
		}
		for (; position < before.size(); position++) {
			result.add(new Line("same", before.get(position)));
		}
		return result;
	}

	/** The shared start and end as they are, the middle as one block gone and one block come. */
	private static List<Line> wholesale(List<String> before, List<String> after) {
		int start = 0;
		while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
			start++;
		}
		int end = 0;
		while (end < before.size() - start && end < after.size() - start
				&& before.get(before.size() - 1 - end).equals(after.get(after.size() - 1 - end))) {
			end++;
		}
		List<Line> result = new ArrayList<>();
		before.subList(0, start).forEach(text -> result.add(new Line("same", text)));
		before.subList(start, before.size() - end).forEach(text -> result.add(new Line("removed", text)));
		after.subList(start, after.size() - end).forEach(text -> result.add(new Line("added", text)));
		before.subList(before.size() - end, before.size()).forEach(text -> result.add(new Line("same", text)));
		return result;
	}

	private static List<String> lines(Revision revision) {
		List<String> lines = new ArrayList<>();
		lines.add("제목: " + revision.headline());
		lines.add("부제: " + (revision.subtitle() == null ? "" : revision.subtitle()));
		lines.addAll(Arrays.stream(revision.bodyMarkdown().split("\n")).filter(line -> !line.isBlank()).toList());
		return lines;
	}

	/** Myers reports each edit distance it tries; past the cap the search is abandoned. */
	private static final class GiveUp implements DiffAlgorithmListener {

		@Override
		public void diffStart() {
		}

		@Override
		public void diffStep(int value, int max) {
			if (value > MAX_CHANGES) {
				throw new TooManyChanges();
			}
		}

		@Override
		public void diffEnd() {
		}
	}

	private static final class TooManyChanges extends RuntimeException {

		TooManyChanges() {
			super(null, null, false, false);
		}
	}
}
