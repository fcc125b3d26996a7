package kr.cjournal.newsroom.web;

import kr.cjournal.newsroom.ManuscriptLine;

/** A published story the desk may put on the home page; {@code position} is its place there, or null. */
public record Candidate(ManuscriptLine article, Integer position) {
}
