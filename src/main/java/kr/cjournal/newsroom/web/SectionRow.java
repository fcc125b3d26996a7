package kr.cjournal.newsroom.web;

import kr.cjournal.newsroom.Section;

/** A section in the admin list; subsections have depth 1. */
public record SectionRow(Section section, int depth) {
}
