package kr.cjournal.newsroom;

import java.util.List;

/** Editors chose the home page's top stories, in this order. */
public record TopStoriesChosen(List<Long> articleIds) {
}
