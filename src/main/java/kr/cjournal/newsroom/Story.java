package kr.cjournal.newsroom;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A story as the desk hands it over for publication: plain-text paragraphs and photos whose
 * files are already stored. The desk composes the body HTML from it.
 */
record Story(Section section, String headline, String subtitle, List<String> paragraphs, List<Reporter> bylines,
		List<Photo> photos, OffsetDateTime publishedAt) {
}
