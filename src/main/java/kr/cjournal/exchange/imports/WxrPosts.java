package kr.cjournal.exchange.imports;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kr.cjournal.core.Kst;
import kr.cjournal.newsroom.Draft;

/**
 * A WXR item as a story to import: published posts only (drafts, pages, revisions, menu entries,
 * attachments, private and trashed posts are passed over), their sections from the categories,
 * their reporters from the authors, their body as Markdown with its pictures found in the uploads
 * folder, and the addresses they had.
 */
final class WxrPosts {

	static final String SOURCE = "wordpress";

	/** Where WordPress's "no category" goes. */
	static final String GENERAL_SECTION = "일반";

	private static final Set<String> UNCATEGORIZED = Set.of("uncategorized", "미분류");

	private static final DateTimeFormatter WORDPRESS_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private static final int PATH_MAX = 1000;

	private final WxrSite site;

	private final UploadsFolder uploads;

	WxrPosts(WxrSite site, UploadsFolder uploads) {
		this.site = site;
		this.uploads = uploads;
	}

	/** The story, a bad record, or null for an item that is not a published post. */
	ImportItem convert(WxrItem item) {
		if (!item.type().equals("post") || !item.field("status").strip().equals("publish")) {
			return null;
		}
		long line = item.line();
		String postId = item.field("post_id").strip();
		if (!postId.matches("\\d{1,18}")) {
			return new BadRecord(line, null, "post_id", "글 번호(wp:post_id)가 없거나 숫자가 아닙니다");
		}
		String key = site.siteUrl() + "#" + postId;
		if (!item.field("post_password").isBlank()) {
			return new BadRecord(line, key, "post_password", "비밀번호로 보호된 글이라 가져오지 않았습니다");
		}
		String headline = HtmlToMarkdown.text(item.field("title"));
		if (headline.isEmpty()) {
			return new BadRecord(line, key, "title", "제목이 없습니다");
		}
		OffsetDateTime published = time(item.field("post_date_gmt"), item.field("post_date"));
		if (published == null) {
			return new BadRecord(line, key, "published_at",
					"게재 시각을 읽을 수 없습니다: " + shorten(item.field("post_date"), 40));
		}
		String content = item.field("content");
		if (content.length() > WxrItem.CONTENT_LIMIT) {
			return new BadRecord(line, key, "body", "본문이 너무 깁니다 (" + WxrItem.CONTENT_LIMIT + "자 넘음)");
		}
		PostImages images = new PostImages(site, uploads);
		WxrSite.Attachment featured = featured(item);
		if (featured != null) {
			images.featured(featured);
		}
		String html = WordPressHtml.toHtml(content, id -> picture(site.attachments.get(id)));
		String base = item.field("link").isBlank() ? site.siteUrl() : item.field("link").strip();
		String body = HtmlToMarkdown.convert(html, base.isEmpty() ? null : base, images);
		if (body.isBlank()) {
			return new BadRecord(line, key, "body", "본문이 비어 있습니다");
		}
		body = images.withFeatured(body);
		Section section = section(item.categories());
		return new ImportRecord(line, SOURCE, key, null, section.name(), section.subsection(), headline,
				subtitle(item.field("excerpt")), bylines(item.field("creator")), published,
				time(item.field("post_modified_gmt"), item.field("post_modified")), body, images.images(),
				tags(item.categories()), List.of(), oldPaths(item.field("link"), postId), images.problems());
	}

	private WxrSite.Attachment featured(WxrItem item) {
		String id = item.meta().getOrDefault("_thumbnail_id", "").strip();
		return id.matches("\\d{1,18}") ? site.attachments.get(Long.parseLong(id)) : null;
	}

	private static WordPressHtml.Picture picture(WxrSite.Attachment attachment) {
		return attachment == null ? null
				: new WordPressHtml.Picture(attachment.url(), attachment.alt(), attachment.caption());
	}

	/** {@code post_date_gmt} is UTC, {@code 0000-00-00 00:00:00} for some imported posts; then {@code post_date}, the site's time (KST). */
	static OffsetDateTime time(String gmt, String local) {
		OffsetDateTime utc = parse(gmt, ZoneOffset.UTC);
		return utc != null ? utc : parse(local, null);
	}

	private static OffsetDateTime parse(String text, ZoneOffset offset) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty() || value.startsWith("0000-00-00")) {
			return null;
		}
		try {
			LocalDateTime time = LocalDateTime.parse(value, WORDPRESS_TIME);
			OffsetDateTime at = offset == null ? time.atZone(Kst.ZONE).toOffsetDateTime() : time.atOffset(offset);
			return at.atZoneSameInstant(Kst.ZONE).toOffsetDateTime();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String subtitle(String excerpt) {
		String text = HtmlToMarkdown.text(excerpt);
		return text.isEmpty() || text.length() > Draft.SUBTITLE_MAX ? null : text;
	}

	private List<ImportRecord.Byline> bylines(String creator) {
		String login = creator.strip();
		if (login.isEmpty()) {
			return List.of();
		}
		ImportRecord.Byline author = site.authors.get(login);
		return List.of(author != null ? author : new ImportRecord.Byline(HtmlToMarkdown.text(login), null));
	}

	/**
	 * Section and subsection: of the post's categories, the first one under another category the
	 * post also names, else the first that is not "Uncategorized"; a category under another is a
	 * subsection of its top-level category.
	 */
	private Section section(List<WxrItem.Category> all) {
		List<WxrItem.Category> categories = all.stream().filter(c -> c.domain().equals("category")).toList();
		if (categories.isEmpty()) {
			return new Section(GENERAL_SECTION, null);
		}
		Set<String> named = new LinkedHashSet<>();
		categories.forEach(c -> named.add(nicename(c)));
		WxrItem.Category chosen = categories.stream()
			.filter(c -> named.contains(parentOf(nicename(c))))
			.findFirst()
			.orElse(categories.stream().filter(c -> !uncategorized(c)).findFirst().orElse(categories.get(0)));
		if (uncategorized(chosen)) {
			return new Section(GENERAL_SECTION, null);
		}
		String name = HtmlToMarkdown.text(chosen.name());
		String top = nicename(chosen);
		Set<String> seen = new LinkedHashSet<>();
		while (!parentOf(top).isEmpty() && seen.add(top)) {
			top = parentOf(top);
		}
		if (top.equals(nicename(chosen)) || !site.categories.containsKey(top)) {
			return new Section(name, null);
		}
		return new Section(site.categories.get(top).name(), name);
	}

	private record Section(String name, String subsection) {
	}

	private String parentOf(String nicename) {
		WxrSite.Category category = site.categories.get(nicename);
		return category == null ? "" : category.parent();
	}

	private static String nicename(WxrItem.Category category) {
		return category.nicename().strip().toLowerCase(Locale.ROOT);
	}

	private static boolean uncategorized(WxrItem.Category category) {
		return UNCATEGORIZED.contains(nicename(category))
				|| UNCATEGORIZED.contains(HtmlToMarkdown.text(category.name()).toLowerCase(Locale.ROOT));
	}

	private static List<String> tags(List<WxrItem.Category> categories) {
		Set<String> tags = new LinkedHashSet<>();
		for (WxrItem.Category category : categories) {
			String name = HtmlToMarkdown.text(category.name());
			if (category.domain().equals("post_tag") && !name.isEmpty()) {
				tags.add(name);
			}
		}
		return List.copyOf(tags);
	}

	/**
	 * The permalink's path and query as the old site was asked for it, and {@code ?p=<id>} under the
	 * blog's own path; percent-encoding is kept as WordPress wrote it.
	 */
	private List<String> oldPaths(String link, String postId) {
		Set<String> paths = new LinkedHashSet<>();
		String permalink = path(link);
		if (permalink != null) {
			paths.add(permalink);
		}
		String blog = path(site.link.isEmpty() ? site.siteUrl() : site.link);
		String prefix = blog == null ? "" : blog.replaceAll("\\?.*$", "").replaceAll("/+$", "");
		paths.add(prefix + "/?p=" + postId);
		return new ArrayList<>(paths.stream().filter(p -> p.length() <= PATH_MAX).toList());
	}

	private static String path(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (java.net.URISyntaxException e) {
			return null;
		}
	}

	static String shorten(String text, int max) {
		String value = MarkdownText.oneLine(text);
		return value.length() <= max ? value : value.substring(0, max) + "…";
	}
}
