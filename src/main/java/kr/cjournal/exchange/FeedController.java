package kr.cjournal.exchange;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import kr.cjournal.newsroom.PublishedArchive;
import kr.cjournal.core.Refusal;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.newsroom.Photo;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;

/**
 * RSS 2.0 of the whole paper and of each section and subsection: the newest 50 published
 * stories, built once into bytes and kept in the {@link FeedCache}.
 */
@Controller
class FeedController {

	static final int ITEMS = 50;

	private final Articles articles;

	private final Sections sections;

	private final PublishedArchive archive;

	private final FeedCache cache;

	private final FeedSettings settings;

	private final Paper paper;

	FeedController(Articles articles, Sections sections, PublishedArchive archive, FeedCache cache,
			FeedSettings settings, Paper paper) {
		this.articles = articles;
		this.sections = sections;
		this.archive = archive;
		this.cache = cache;
		this.settings = settings;
		this.paper = paper;
	}

	/** A feed built into UTF-8 bytes with its weak ETag and the time it last changed. */
	record Built(byte[] body, String etag, OffsetDateTime lastModified) {
	}

	@GetMapping("/rss.xml")
	ResponseEntity<byte[]> paper(WebRequest request) {
		return respond(cache.get("rss:", () -> build(null)), request);
	}

	@GetMapping("/section/{slug}/rss.xml")
	ResponseEntity<byte[]> section(@PathVariable String slug, WebRequest request) {
		return sectionFeed(slug, request);
	}

	@GetMapping("/section/{slug}/{sub}/rss.xml")
	ResponseEntity<byte[]> subsection(@PathVariable String slug, @PathVariable String sub, WebRequest request) {
		return sectionFeed(slug + "/" + sub, request);
	}

	private ResponseEntity<byte[]> sectionFeed(String path, WebRequest request) {
		Section section = sections.byPath(path)
			.orElseThrow(() -> Refusal.notFound("'" + path + "' 섹션이 없습니다. 주소를 확인해 주세요."));
		return respond(cache.get("rss:" + path, () -> build(section)), request);
	}

	private static ResponseEntity<byte[]> respond(Built feed, WebRequest request) {
		if (XmlResponses.notModified(request, feed.etag(), feed.lastModified())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
		}
		return ResponseEntity.ok()
			.headers(XmlResponses.headers(XmlResponses.RSS, feed.etag(), feed.lastModified()))
			.body(feed.body());
	}

	/** Four queries at most, whatever the feed holds: list, bylines, bodies and times, change feed. */
	Built build(Section section) {
		List<ArticleSummary> newest = section == null ? articles.latest(ITEMS)
				: articles.inSection(section, 1, ITEMS).items();
		Map<Long, PublishedArchive.Details> details = archive.details(newest.stream().map(ArticleSummary::id).toList(),
				settings.fullText());
		OffsetDateTime lastModified = archive.version().at();
		List<RssWriter.Item> items = new ArrayList<>(newest.size());
		for (ArticleSummary story : newest) {
			PublishedArchive.Details more = details.get(story.id());
			if (more == null) {
				continue; // withdrawn between the two queries
			}
			OffsetDateTime changed = more.updatedAt() == null ? story.publishedAt() : more.updatedAt();
			lastModified = lastModified == null || changed.isAfter(lastModified) ? changed : lastModified;
			items.add(new RssWriter.Item(story.headline(), paper.absolute(story.url()), story.summary(),
					story.publishedAt(), more.bylines(), categories(story.sectionId()), picture(story.thumbnail()),
					more.bodyHtml()));
		}
		String title = section == null ? paper.name() : paper.name() + " " + section.name();
		String link = paper.absolute(section == null ? "/" : section.url());
		String self = paper.absolute(section == null ? "/rss.xml" : section.url() + "/rss.xml");
		String description = section == null ? paper.description() : paper.name() + " " + section.name() + " 최신 기사";
		ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
		RssWriter.write(new RssWriter.Channel(title, link, description, self, lastModified), items, out);
		byte[] body = out.toByteArray();
		return new Built(body, "W/\"" + md5(body) + "\"", lastModified);
	}

	/** The story's top-level section and, for a subsection, the subsection too. */
	private List<String> categories(long sectionId) {
		if (!sections.exists(sectionId)) {
			return List.of();
		}
		Section section = sections.byId(sectionId);
		Section top = sections.topOf(section);
		return top.id() == section.id() ? List.of(section.name()) : List.of(top.name(), section.name());
	}

	private RssWriter.Picture picture(Photo photo) {
		return photo == null ? null
				: new RssWriter.Picture(paper.absolute(photo.url()), photo.width(), photo.height(), photo.caption());
	}

	private static String md5(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
