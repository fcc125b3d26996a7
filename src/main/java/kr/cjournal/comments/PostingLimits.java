package kr.cjournal.comments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one reader may post ({@code cjournal.comments.limits.*}). Days are KST calendar days.
 * @param interval the least time between two of a reader's comments or replies
 * @param commentsPerDay top-level comments a day
 * @param repliesPerDay replies a day (counted apart from comments)
 * @param perStory top-level comments under one story, deleted ones included (replies do not count)
 * @param duplicateWindow how long the same text (see {@link CommentText#key}) is refused again
 * @param reactionsPerDay 공감/비공감 given a day (taking one back frees it; switching counts as new)
 */
@ConfigurationProperties("cjournal.comments.limits")
public record PostingLimits(Duration interval, int commentsPerDay, int repliesPerDay, int perStory,
		Duration duplicateWindow, int reactionsPerDay) {

	public PostingLimits {
		interval = interval == null ? Duration.ofSeconds(15) : interval;
		commentsPerDay = commentsPerDay <= 0 ? 20 : commentsPerDay;
		repliesPerDay = repliesPerDay <= 0 ? 40 : repliesPerDay;
		perStory = perStory <= 0 ? 3 : perStory;
		duplicateWindow = duplicateWindow == null ? Duration.ofMinutes(10) : duplicateWindow;
		reactionsPerDay = reactionsPerDay <= 0 ? 50 : reactionsPerDay;
	}
}
