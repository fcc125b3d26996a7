package kr.cjournal.comments.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reportsToHide open reports from distinct readers at which a visible comment is hidden
 * pending a moderator's review
 * @param maxMeasureDays the longest blind a temporary measure (임시조치) may have; the law allows 30
 * @param measureRequestsPerHour measure requests one client address may file an hour
 * @param pageSize rows a moderator's list shows a page
 */
@ConfigurationProperties("cjournal.comments.moderation")
record ModerationSettings(Integer reportsToHide, Integer maxMeasureDays, Integer measureRequestsPerHour, Integer pageSize) {

	ModerationSettings {
		reportsToHide = reportsToHide == null || reportsToHide < 1 ? 5 : reportsToHide;
		maxMeasureDays = maxMeasureDays == null || maxMeasureDays < 1 ? 30 : Math.min(maxMeasureDays, 30);
		measureRequestsPerHour = measureRequestsPerHour == null || measureRequestsPerHour < 1 ? 5 : measureRequestsPerHour;
		pageSize = pageSize == null || pageSize < 1 ? 50 : pageSize;
	}
}
