package kr.cjournal.newsroom;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Composes an article's body HTML when it is written, so that a reader's request only copies it.
 * Every piece of text is escaped here; the only markup is what this class writes.
 */
final class ArticleBody {

	/** Leading dateline such as "[씨저널] ", which lists and social cards leave out. */
	private static final String DATELINE = "^\\[[^\\]]{1,20}\\]\\s*";

	private static final int SUMMARY_LENGTH = 140;

	private ArticleBody() {
	}

	/**
	 * Paragraphs with the photos between them: the first photo after the first paragraph, the
	 * others spread evenly over the rest, as a newspaper page places them.
	 */
	static String compose(List<String> paragraphs, List<Photo> photos) {
		StringBuilder html = new StringBuilder();
		int photoIndex = 0;
		for (int i = 0; i < paragraphs.size(); i++) {
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraphs.get(i).strip(), "UTF-8")).append("</p>\n");
			while (photoIndex < photos.size() && i == placeAfter(photoIndex, photos.size(), paragraphs.size())) {
				figure(html, photos.get(photoIndex), photoIndex == 0);
				photoIndex++;
			}
		}
		for (; photoIndex < photos.size(); photoIndex++) {
			figure(html, photos.get(photoIndex), photoIndex == 0);
		}
		return html.toString();
	}

	/** The lead as plain text without the dateline, cut at a word boundary. */
	static String summarize(List<String> paragraphs) {
		String lead = paragraphs.isEmpty() ? "" : paragraphs.get(0).strip().replaceFirst(DATELINE, "");
		if (lead.length() <= SUMMARY_LENGTH) {
			return lead;
		}
		int cut = lead.lastIndexOf(' ', SUMMARY_LENGTH);
		return lead.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH) + "…";
	}

	private static int placeAfter(int photo, int photoCount, int paragraphCount) {
		if (photo == 0) {
			return 0;
		}
		return Math.min(paragraphCount - 1, photo * paragraphCount / photoCount);
	}

	private static void figure(StringBuilder html, Photo photo, boolean first) {
		html.append("<figure class=\"photo\"><img src=\"")
			.append(HtmlUtils.htmlEscape(photo.url(), "UTF-8"))
			.append("\" width=\"")
			.append(photo.width())
			.append("\" height=\"")
			.append(photo.height())
			.append("\" alt=\"")
			.append(HtmlUtils.htmlEscape(photo.alt(), "UTF-8"))
			.append(first ? "\" fetchpriority=\"high\">" : "\" loading=\"lazy\" decoding=\"async\">")
			.append("<figcaption>")
			.append(HtmlUtils.htmlEscape(photo.caption(), "UTF-8"));
		if (photo.credit() != null && !photo.credit().isBlank()) {
			html.append(" <span class=\"credit\">")
				.append(HtmlUtils.htmlEscape(photo.credit(), "UTF-8"))
				.append("</span>");
		}
		html.append("</figcaption></figure>\n");
	}
}
