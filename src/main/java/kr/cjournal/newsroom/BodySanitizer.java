package kr.cjournal.newsroom;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every article body passes before it is stored: text structure, links, tables
 * our own photo figures whose images come from {@code /media/}, and links to people and company
 * pages with their class. Anything else, scripts and
 * event handlers first of all, is dropped.
 */
final class BodySanitizer {

	private static final Pattern MEDIA_URL = Pattern.compile("/media/[0-9a-f]{2}/[0-9a-f]{64}\\.(jpg|png|gif|webp)");

	private static final Pattern MEDIA_SRCSET = Pattern
		.compile("(/media/[0-9a-f]{2}/[0-9a-f]{64}\\.(jpg|png|gif|webp) \\d{1,5}w)(\\s*,\\s*/media/[0-9a-f]{2}/[0-9a-f]{64}\\.(jpg|png|gif|webp) \\d{1,5}w)*");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "strong", "em", "del", "br", "hr", "code",
				"pre", "a", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "img", "span")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.allowAttributes("rel")
		.matching(Pattern.compile("nofollow noopener"))
		.onElements("a")
		.allowAttributes("class")
		.matching(Pattern.compile("human_link|company_link"))
		.onElements("a")
		.allowAttributes("src")
		.matching(MEDIA_URL)
		.onElements("img")
		.allowAttributes("srcset")
		.matching(MEDIA_SRCSET)
		.onElements("img")
		.allowAttributes("sizes")
		.matching(Pattern.compile("[()a-z0-9:, -]{1,80}"))
		.onElements("img")
		.allowAttributes("width", "height")
		.matching(Pattern.compile("\\d{1,5}"))
		.onElements("img")
		.allowAttributes("alt")
		.onElements("img")
		.allowAttributes("loading")
		.matching(Pattern.compile("lazy"))
		.onElements("img")
		.allowAttributes("decoding")
		.matching(Pattern.compile("async"))
		.onElements("img")
		.allowAttributes("fetchpriority")
		.matching(Pattern.compile("high"))
		.onElements("img")
		.allowAttributes("class")
		.matching(Pattern.compile("photo"))
		.onElements("figure")
		.allowAttributes("class")
		.matching(Pattern.compile("credit"))
		.onElements("span")
		.allowAttributes("align")
		.matching(Pattern.compile("left|center|right"))
		.onElements("th", "td")
		.toFactory();

	private BodySanitizer() {
	}

	static String sanitize(String html) {
		return POLICY.sanitize(html);
	}
}
