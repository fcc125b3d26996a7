package kr.cjournal.newsroom;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A published article as a reader gets it. {@code bodyHtml} is sanitised HTML composed when the
 * article was written; {@code section} is the most specific section, {@code topSection} its
 * parent (or the same section when it has none). {@code updatedAt} is null unless corrected, and
 * {@code correctionNote} says what was corrected when the desk said so.
 */
public record Article(long id, Section topSection, Section section, String headline, String subtitle,
		String bodyHtml, String summary, OffsetDateTime publishedAt, OffsetDateTime updatedAt, String correctionNote,
		List<Reporter> bylines, List<Photo> photos) {

	public String url() {
		return "/article/" + id;
	}
}
