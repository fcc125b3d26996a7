package kr.cjournal.newsroom.web;

import java.util.List;

import kr.cjournal.newsroom.Manuscript;
import kr.cjournal.newsroom.Revision;

/** An article's revisions, newest first. */
public record RevisionsPage(Manuscript manuscript, List<Revision> revisions) {
}
