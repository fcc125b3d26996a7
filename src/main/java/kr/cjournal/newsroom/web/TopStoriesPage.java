package kr.cjournal.newsroom.web;

import java.util.List;

/**
 * The desk's home page curation: published stories with their places among the top stories; and
 * the same-name people (동명이인) in stories the desk must settle.
 */
public record TopStoriesPage(List<Candidate> candidates, List<ReviewLine> mentionReviews, String notice, String alert) {
}
