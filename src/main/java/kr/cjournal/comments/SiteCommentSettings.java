package kr.cjournal.comments;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import kr.cjournal.core.Kst;

/**
 * What the desk set for comments on the whole site.
 * @param premoderated every new comment waits for a moderator
 * @param newcomerCount a reader's comments wait until this many of theirs have been shown (0: never)
 * @param quietFrom start of the daily quiet hours in KST (no posting), or null for none
 * @param quietUntil their end in KST; before {@code quietFrom} when they run past midnight
 */
public record SiteCommentSettings(boolean premoderated, int newcomerCount, LocalTime quietFrom, LocalTime quietUntil) {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	public SiteCommentSettings {
		if (quietFrom == null || quietUntil == null || quietFrom.equals(quietUntil)) {
			quietFrom = null;
			quietUntil = null;
		}
	}

	public boolean hasQuietHours() {
		return quietFrom != null;
	}

	/** Whether posting is closed at that moment: from {@code quietFrom} (included) to {@code quietUntil} (excluded), KST. */
	public boolean quietAt(Instant moment) {
		if (!hasQuietHours()) {
			return false;
		}
		LocalTime time = moment.atZone(Kst.ZONE).toLocalTime();
		return quietFrom.isBefore(quietUntil) ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
				: !time.isBefore(quietFrom) || time.isBefore(quietUntil);
	}

	/** {@code 00:00~06:00}, or an empty string without quiet hours. */
	public String quietHours() {
		return hasQuietHours() ? quietFrom.format(HH_MM) + "~" + quietUntil.format(HH_MM) : "";
	}

	public String quietFromText() {
		return quietFrom == null ? "" : quietFrom.format(HH_MM);
	}

	public String quietUntilText() {
		return quietUntil == null ? "" : quietUntil.format(HH_MM);
	}
}
