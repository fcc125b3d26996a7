package kr.cjournal.newsroom.web;

import java.util.List;

import kr.cjournal.newsroom.Section;

/** The admin's list of sections and subsections. */
public record SectionsPage(List<SectionRow> rows, List<Section> topLevel, String notice, String alert) {
}
