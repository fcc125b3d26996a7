package kr.cjournal.newsroom.web;

import java.util.List;

import kr.cjournal.newsroom.Manuscript;
import kr.cjournal.newsroom.Revision;
import kr.cjournal.newsroom.RevisionDiff;

/** Two revisions of an article compared line by line. */
public record DiffPage(Manuscript manuscript, Revision from, Revision to, List<RevisionDiff.Line> lines) {
}
