package kr.cjournal.newsroom.web;

import java.util.List;

/** The desk's home page curation: published stories with their places among the top stories. */
public record TopStoriesPage(List<Candidate> candidates, String notice, String alert) {
}
