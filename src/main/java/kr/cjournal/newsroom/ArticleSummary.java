package kr.cjournal.newsroom;

import java.time.OffsetDateTime;

/**
 * What a list of articles shows of each: headline, lead, time, the first reporter and the
 * first photo (null when the article has none).
 */
public record ArticleSummary(long id, long sectionId, String headline, String subtitle, String summary,
		OffsetDateTime publishedAt, String reporterName, Photo thumbnail) {

	public String url() {
		return "/article/" + id;
	}
}
