package kr.cjournal.core;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as Korean readers and staff read them: always in KST, whatever the server's zone. */
public final class Kst {

	public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private Kst() {
	}

	/** {@code 2026-11-29 21:03:34}, as the article page shows it. */
	public static String seconds(OffsetDateTime time) {
		return time.atZoneSameInstant(ZONE).format(SECONDS);
	}

	/** {@code 2026-11-29 21:03}, or an empty string for no time (a token never used, say). */
	public static String minutes(OffsetDateTime time) {
		return time == null ? "" : time.atZoneSameInstant(ZONE).format(MINUTES);
	}

	/** {@code 11-29 21:03} for dense lists. */
	public static String brief(OffsetDateTime time) {
		return time.atZoneSameInstant(ZONE).format(SHORT);
	}

	/** {@code 2026-11-29T21:03}, the value of a {@code datetime-local} input in KST. */
	public static String inputValue(OffsetDateTime time) {
		return time.atZoneSameInstant(ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
	}

	/** ISO-8601 with {@code +09:00}, for machines (JSON-LD, {@code <time datetime>}). */
	public static String iso(OffsetDateTime time) {
		return time.atZoneSameInstant(ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}
}
