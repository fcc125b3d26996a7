package kr.cjournal.exchange.imports;

import org.jsoup.Jsoup;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the HTML body of a story written elsewhere (a WordPress post, a ninjs {@code text/html}
 * body) into the Markdown the newsroom renders: paragraphs, {@code ##} subheads, lists, quotes,
 * http(s) links, bold and italic. Everything else is dropped, keeping its text (scripts, styles,
 * frames and forms are dropped whole); text is escaped so that it reads as written. Pictures become
 * paragraphs of their own, {@code ![alt](destination "caption")}, where the {@link ImageSink}
 * chooses the destination, or leaves the picture out.
 *
 * <p>The document is walked without recursion, so deeply nested or very long bodies cost time in
 * proportion to their length and never overflow the stack.
 */
public final class HtmlToMarkdown {

	/** Where a picture of the body goes: the Markdown destination for it, or null to leave it out. */
	@FunctionalInterface
	public interface ImageSink {

		/** Pictures are left out. */
		ImageSink NONE = (src, alt, caption) -> null;

		/**
		 * @param src the picture's address as written (made absolute when a base address was given)
		 * @param alt its description, may be empty
		 * @param caption the caption the body gives it ({@code figcaption}), may be empty
		 */
		Placed place(String src, String alt, String caption);
	}

	/** A picture as the body shows it: e.g. {@code import:0}, with the words to show. */
	public record Placed(String destination, String alt, String caption) {
	}

	private HtmlToMarkdown() {
	}

	public static String convert(String html, ImageSink images) {
		return convert(html, null, images);
	}

	/** @param baseUri the page the HTML was on, to resolve relative links and pictures; may be null */
	public static String convert(String html, String baseUri, ImageSink images) {
		var document = Jsoup.parseBodyFragment(html == null ? "" : html, baseUri == null ? "" : baseUri);
		MarkdownWriter writer = new MarkdownWriter(images == null ? ImageSink.NONE : images, baseUri != null);
		NodeTraversor.filter(writer, document.body());
		return writer.finish();
	}

	/** Plain text of an HTML fragment (a title, an excerpt): tags dropped, entities decoded, one line. */
	public static String text(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
			return MarkdownText.oneLine(html); // most titles and names: no markup to parse
		}
		return MarkdownText.clean(Jsoup.parseBodyFragment(html).body().text()).replaceAll("\\s+", " ").strip();
	}
}
