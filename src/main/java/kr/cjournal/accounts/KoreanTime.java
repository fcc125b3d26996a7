package kr.cjournal.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on staff pages: Korean Standard Time, to the minute. */
final class KoreanTime {

	private static final ZoneId KST = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private KoreanTime() {
	}

	/** {@code 2026-11-27 12:00}, or an empty string for no time. */
	static String format(OffsetDateTime time) {
		return time == null ? "" : time.atZoneSameInstant(KST).format(MINUTES);
	}
}
