package kr.cjournal.exchange.imports;

import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * A WordPress post's {@code content:encoded} as the HTML WordPress itself would show: the
 * {@code [caption]} and {@code [gallery]} shortcodes as figures, {@code [embed]} as a link, the
 * other media shortcodes dropped, and, for posts written in the classic editor, blank lines as
 * paragraphs and single line breaks as {@code <br>} (WordPress's {@code wpautop}; block-editor
 * posts, which carry {@code <!-- wp:... -->} comments, are HTML already).
 *
 * <p>Shortcodes are found with {@code indexOf}, not regular expressions spanning the body, so a
 * body full of unclosed {@code [caption} costs time in proportion to its length.
 */
final class WordPressHtml {

	/** An attachment's picture, for the {@code [gallery ids=..]} shortcode. */
	record Picture(String url, String alt, String caption) {
	}

	private static final Pattern CAPTIONED = Pattern
		.compile("^\\s*((?:<a\\s[^>]*>\\s*)?<img\\s[^>]*>(?:\\s*</a>)?)(.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("caption=\"([^\"]*)\"");

	private static final Pattern GALLERY_IDS = Pattern.compile("ids=\"?([0-9,\\s]{1,2000})");

	private static final Pattern MEDIA_SHORTCODE = Pattern
		.compile("\\[/?(?:video|audio|playlist|embed|wp_caption)(?:\\s[^\\[\\]]{0,2000})?\\]");

	private static final Pattern BLOCK_START = Pattern.compile(
			"^<(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|table|pre|hr|dl|section|article|aside|header|footer|address|form|iframe|script|style|!--)[\\s>/]",
			Pattern.CASE_INSENSITIVE);

	private WordPressHtml() {
	}

	static String toHtml(String content, LongFunction<Picture> attachments) {
		String html = content == null ? "" : content.replace("\r\n", "\n").replace('\r', '\n');
		html = captions(html);
		html = galleries(html, attachments);
		html = embeds(html);
		html = MEDIA_SHORTCODE.matcher(html).replaceAll("");
		return html.contains("<!-- wp:") ? html : autop(html);
	}

	/** {@code [caption id=.. align=..]<img ...> 캡션[/caption]} → {@code <figure><img ...><figcaption>캡션</figcaption></figure>}. */
	private static String captions(String html) {
		StringBuilder out = new StringBuilder(html.length());
		int from = 0;
		while (true) {
			int start = html.indexOf("[caption", from);
			int headEnd = start < 0 ? -1 : html.indexOf(']', start);
			int close = headEnd < 0 ? -1 : html.indexOf("[/caption]", headEnd);
			if (close < 0) {
				break;
			}
			String attributes = html.substring(start + "[caption".length(), headEnd);
			String inner = html.substring(headEnd + 1, close);
			out.append(html, from, start).append(figure(attributes, inner));
			from = close + "[/caption]".length();
		}
		return out.append(html, from, html.length()).toString();
	}

	private static String figure(String attributes, String inner) {
		Matcher parts = CAPTIONED.matcher(inner);
		if (!parts.matches()) {
			return inner;
		}
		String caption = parts.group(2).strip();
		if (caption.isEmpty()) {
			Matcher attribute = CAPTION_ATTRIBUTE.matcher(attributes);
			caption = attribute.find() ? attribute.group(1) : "";
		}
		return "<figure>" + parts.group(1) + "<figcaption>" + caption + "</figcaption></figure>";
	}

	/** {@code [gallery ids="12,13"]} → a figure for each attachment the export has. */
	private static String galleries(String html, LongFunction<Picture> attachments) {
		StringBuilder out = new StringBuilder(html.length());
		int from = 0;
		while (true) {
			int start = html.indexOf("[gallery", from);
			int end = start < 0 ? -1 : html.indexOf(']', start);
			if (end < 0) {
				break;
			}
			out.append(html, from, start);
			Matcher ids = GALLERY_IDS.matcher(html.substring(start, end));
			if (ids.find()) {
				for (String id : ids.group(1).split("[,\\s]+")) {
					Picture picture = id.isEmpty() || id.length() > 18 ? null : attachments.apply(Long.parseLong(id));
					if (picture != null) {
						out.append("\n\n<figure><img src=\"").append(Entities.escape(picture.url()))
							.append("\" alt=\"").append(Entities.escape(picture.alt())).append("\"><figcaption>")
							.append(Entities.escape(picture.caption())).append("</figcaption></figure>\n\n");
					}
				}
			}
			from = end + 1;
		}
		return out.append(html, from, html.length()).toString();
	}

	/** {@code [embed]https://..[/embed]} → a paragraph linking to it. */
	private static String embeds(String html) {
		StringBuilder out = new StringBuilder(html.length());
		int from = 0;
		while (true) {
			int start = html.indexOf("[embed]", from);
			int close = start < 0 ? -1 : html.indexOf("[/embed]", start);
			if (close < 0) {
				break;
			}
			String url = html.substring(start + "[embed]".length(), close).strip();
			out.append(html, from, start).append("\n\n<p><a href=\"").append(Entities.escape(url)).append("\">")
				.append(Entities.escape(url)).append("</a></p>\n\n");
			from = close + "[/embed]".length();
		}
		return out.append(html, from, html.length()).toString();
	}

	/**
	 * WordPress's {@code wpautop}, enough for news: text between blank lines is a paragraph, a single
	 * line break within it a {@code <br>}; a part that starts with a block of its own is left as is.
	 */
	private static String autop(String html) {
		StringBuilder out = new StringBuilder(html.length() + 64);
		for (String part : html.split("\n[ \t\u00A0]*\n")) {
			String chunk = part.strip();
			if (chunk.isEmpty()) {
				continue;
			}
			if (BLOCK_START.matcher(chunk).lookingAt()) {
				out.append(chunk).append('\n');
			}
			else {
				out.append("<p>").append(chunk.replace("\n", "<br>\n")).append("</p>\n");
			}
		}
		return out.toString();
	}
}
