package kr.cjournal.comments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import kr.cjournal.accounts.Reader;
import kr.cjournal.core.Kst;
import kr.cjournal.core.Page;

/**
 * A reader's public page: who they are, how much they wrote and were agreed with, and their
 * visible comments newest first. The reader themselves also gets their comments under review,
 * their notices and the readers they block; another signed-in reader gets a block switch.
 * @param self whether the viewer is this reader
 * @param viewer the signed-in reader, or null
 * @param blockedByViewer whether the viewer blocks this reader
 */
public record ReaderProfile(Reader reader, long visibleCount, long likesReceived, Page<ReaderComment> comments,
		boolean self, Reader viewer, boolean blockedByViewer, List<ReaderComment> inReview, List<ReaderNotice> notices,
		List<Reader> blocked, String csrfParameter, String csrfToken, Flash flash) {

	public String joined() {
		return Kst.minutes(reader.joinedAt()).substring(0, 10);
	}

	/** Another signed-in reader, who may block or unblock this one. */
	public boolean canBlock() {
		return viewer != null && !self;
	}

	public String blockUrl() {
		return blockUrl(reader);
	}

	public String unblockUrl() {
		return unblockUrl(reader);
	}

	public static String blockUrl(Reader reader) {
		return "/readers/" + encoded(reader) + "/block";
	}

	public static String unblockUrl(Reader reader) {
		return "/readers/" + encoded(reader) + "/unblock";
	}

	public String pageUrl(int page) {
		return reader.url() + (page > 1 ? "?page=" + page : "");
	}

	private static String encoded(Reader reader) {
		return URLEncoder.encode(reader.nickname(), StandardCharsets.UTF_8).replace("+", "%20");
	}
}
