package kr.cjournal.newsroom.web;

import java.util.List;

import kr.cjournal.newsroom.Manuscript;
import kr.cjournal.newsroom.Revision;
import kr.cjournal.newsroom.RevisionDiff;

/**
 * Two revisions of an article compared line by line; {@code notice} says when they were too far
 * apart to pair every line up (else null).
 */
public record DiffPage(Manuscript manuscript, Revision from, Revision to, List<RevisionDiff.Line> lines, String notice) {

	DiffPage(Manuscript manuscript, Revision from, Revision to, RevisionDiff.Comparison comparison) {
		this(manuscript, from, to, comparison.lines(), comparison.notice());
	}
}
