package kr.cjournal.exchange.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pictures of one WordPress post as {@code import:N} references: each found in the uploads
 * folder once (a resized copy in the body and the featured original are one picture), the
 * featured image first; a picture whose file is not there is left out and named as a problem.
 */
final class PostImages implements HtmlToMarkdown.ImageSink {

	private final WxrSite site;

	private final UploadsFolder uploads;

	private final List<ImportImage> images = new ArrayList<>();

	private final Map<Path, Integer> byFile = new HashMap<>();

	private final Set<String> missing = new LinkedHashSet<>();

	private WxrSite.Attachment featured;

	PostImages(WxrSite site, UploadsFolder uploads) {
		this.site = site;
		this.uploads = uploads;
	}

	/** Makes the featured image images[0], when its file is there. */
	void featured(WxrSite.Attachment attachment) {
		String alt = attachment.alt().isEmpty() ? attachment.caption() : attachment.alt();
		if (add(attachment.url(), alt, attachment.caption()) == 0) {
			featured = attachment;
		}
	}

	@Override
	public HtmlToMarkdown.Placed place(String src, String alt, String caption) {
		WxrSite.Attachment attachment = site.attachment(src);
		String description = alt.isEmpty() && attachment != null ? attachment.alt() : alt;
		int index = add(src, description, caption);
		return index < 0 ? null : new HtmlToMarkdown.Placed("import:" + index, description, caption);
	}

	/** The body with the featured image as its first paragraph, unless the body shows it already. */
	String withFeatured(String body) {
		if (featured == null || body.contains("](import:0)") || body.contains("](import:0 ")) {
			return body;
		}
		String alt = featured.alt().isEmpty() ? featured.caption() : featured.alt();
		return MarkdownText.image(new HtmlToMarkdown.Placed("import:0", alt, featured.caption())) + "\n\n" + body;
	}

	List<ImportImage> images() {
		return images;
	}

	List<ImportRecord.Problem> problems() {
		return missing.stream().map(url -> new ImportRecord.Problem("image", "사진 파일을 찾지 못했습니다: " + url)).toList();
	}

	private int add(String url, String alt, String caption) {
		Optional<Path> file = uploads.find(url);
		if (file.isEmpty()) {
			missing.add(WxrPosts.shorten(url, 300));
			return -1;
		}
		Integer known = byFile.get(file.get());
		if (known != null) {
			return known;
		}
		images.add(new ImportImage(file.get(), alt, caption, null));
		byFile.put(file.get(), images.size() - 1);
		return images.size() - 1;
	}
}
