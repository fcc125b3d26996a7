package kr.cjournal.newsroom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A readable comparison of two revisions, line by line (a Markdown paragraph is a line): what
 * stayed, what went, what came. The headline and subtitle are compared as lines too.
 */
public final class RevisionDiff {

	/** {@code kind} is one of {@code same}, {@code removed}, {@code added}. */
	public record Line(String kind, String text) {
	}

	private RevisionDiff() {
	}

	public static List<Line> between(Revision older, Revision newer) {
		List<String> before = lines(older);
		List<String> after = lines(newer);
		Patch<String> patch = DiffUtils.diff(before, after);
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

	private static List<String> lines(Revision revision) {
		List<String> lines = new ArrayList<>();
		lines.add("제목: " + revision.headline());
		lines.add("부제: " + (revision.subtitle() == null ? "" : revision.subtitle()));
		lines.addAll(Arrays.stream(revision.bodyMarkdown().split("\n")).filter(line -> !line.isBlank()).toList());
		return lines;
	}
}
