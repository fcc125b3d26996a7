package kr.cjournal.newsroom.web;

import kr.cjournal.newsroom.MentionReviews;

/** A name the desk must settle, with the headline of the story it stands in. */
public record ReviewLine(MentionReviews.Review review, String headline) {
}
