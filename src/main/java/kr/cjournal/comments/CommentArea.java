package kr.cjournal.comments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import kr.cjournal.accounts.Reader;
import kr.cjournal.core.Page;
import kr.cjournal.newsroom.ArticleSummary;

/**
 * Everything a story's comment area shows one reader: the heading's count, the box (or why there
 * is none), the list in the chosen order and page, and the forms' CSRF token when signed in.
 * @param viewer the signed-in reader, or null
 * @param csrfParameter the forms' token field name, null when signed out
 */
public record CommentArea(ArticleSummary story, int count, boolean closed, CommentSort sort, Page<ShownComment> comments,
		Reader viewer, String csrfParameter, String csrfToken, Flash flash) {

	/** The most a comment may hold, in the box's bytes (ASCII 1, anything else 2). */
	public static final int MAX_BYTES = 400;

	public long articleId() {
		return story.id();
	}

	public boolean signedIn() {
		return viewer != null;
	}

	/** Whether a signed-in reader may write here now. */
	public boolean canWrite() {
		return viewer != null && !closed;
	}

	/** The full comment page; comment forms post here too. */
	public String pageUrl() {
		return "/article/" + story.id() + "/comments";
	}

	public String loginUrl() {
		return "/login?next=" + URLEncoder.encode(pageUrl(), StandardCharsets.UTF_8);
	}

	public String listUrl(CommentSort order, int page) {
		return pageUrl() + query(order, page);
	}

	public String fragmentUrl(CommentSort order, int page) {
		return pageUrl() + "/fragment" + query(order, page);
	}

	private static String query(CommentSort order, int page) {
		return "?sort=" + order.param() + (page > 1 ? "&page=" + page : "");
	}

	/** This very list as a fragment, for the script to reload after a form. */
	public String fragmentUrl() {
		return fragmentUrl(sort, comments.number());
	}

	public List<CommentSort> sorts() {
		return List.of(CommentSort.values());
	}

	public List<ReportReason> reportReasons() {
		return List.of(ReportReason.values());
	}

	public String reactionUrl(ShownComment comment) {
		return "/comments/" + comment.id() + "/reaction";
	}

	public String deleteUrl(ShownComment comment) {
		return "/comments/" + comment.id() + "/delete";
	}

	public String reportUrl(ShownComment comment) {
		return "/comments/" + comment.id() + "/report";
	}

	public String measureUrl(ShownComment comment) {
		return "/comments/" + comment.id() + "/measure-request";
	}

	public String blockUrl(ShownComment comment) {
		return "/readers/" + URLEncoder.encode(comment.nickname(), StandardCharsets.UTF_8).replace("+", "%20") + "/block";
	}

	/** The text a refused post left, to put back in the box. */
	public String draft() {
		return flash.text() == null ? "" : flash.text();
	}

	/** The box's byte count of the refused text, as the script would show it. */
	public int draftBytes() {
		return bytes(draft());
	}

	/** ASCII counts 1 byte and every other code point 2, on the NFC form: the posting rule. */
	public static int bytes(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().map(c -> c < 0x80 ? 1 : 2).sum();
	}

	/** The pages the pager offers: up to ten around the current one. */
	public List<Integer> pageNumbers() {
		int first = Math.max(1, comments.number() - 4);
		int last = Math.min(comments.totalPages(), first + 9);
		return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
	}
}
