package kr.cjournal.newsroom.web;

import kr.cjournal.newsroom.ArchiveRelink;

/** The archive relink page: the last or current run's progress, and what the last press did. */
public record RelinkPage(ArchiveRelink.Progress progress, String notice, String alert) {
}
