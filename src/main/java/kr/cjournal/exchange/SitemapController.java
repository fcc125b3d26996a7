package kr.cjournal.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

import kr.cjournal.newsroom.PublishedArchive;
import kr.cjournal.core.Kst;
import kr.cjournal.core.Refusal;
import kr.cjournal.people.DirectoryIndex;

/**
 * What search engines read: {@code /sitemap.xml}, an index over one sitemap per KST month of
 * published stories ({@code /sitemaps/2026-11.xml}, a month of more than 50,000 continued in
 * {@code 2026-11-2.xml} ...) and over the person and company pages; {@code /news-sitemap.xml} with
 * the stories of the last two days; {@code /robots.txt} naming both. Sitemaps are written to the
 * response as they are read, a keyset page at a time.
 */
@Controller
class SitemapController {

	static final Duration NEWS_WINDOW = Duration.ofDays(2);

	static final int NEWS_MAX = 1_000;

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})(?:-([2-9]|[1-9]\\d+))?");

	private static final Pattern DIRECTORY = Pattern.compile("(people|companies)(?:-([2-9]|[1-9]\\d+))?");

	private final PublishedArchive archive;

	private final DirectoryIndex directoryIndex;

	private final Paper paper;

	private final FeedCache cache;

	private final Clock clock;

	SitemapController(PublishedArchive archive, DirectoryIndex directoryIndex, Paper paper, FeedCache cache, Clock clock) {
		this.archive = archive;
		this.directoryIndex = directoryIndex;
		this.paper = paper;
		this.cache = cache;
		this.clock = clock;
	}

	@GetMapping("/sitemap.xml")
	void index(ServletWebRequest request, HttpServletResponse response) throws IOException {
		PublishedArchive.Version version = archive.version();
		DirectoryIndex.Size people = directoryIndex.size(DirectoryIndex.Kind.PEOPLE);
		DirectoryIndex.Size companies = directoryIndex.size(DirectoryIndex.Kind.ORGANIZATIONS);
		String etag = "W/\"index-" + version.seq() + "-" + people.count() + "-" + people.maxId() + "-"
				+ companies.count() + "-" + companies.maxId() + "\"";
		OffsetDateTime lastModified = latest(latest(version.at(), people.newest()), companies.newest());
		if (XmlResponses.notModified(request, etag, lastModified)) {
			return;
		}
		send(response, etag, lastModified);
		List<SitemapMonths.Month> months = SitemapMonths.of(archive.allDays());
		try (SitemapWriter index = SitemapWriter.index(response.getOutputStream())) {
			for (SitemapMonths.Month month : months) {
				for (int part = 1; part <= parts(month.stories()); part++) {
					index.sitemap(paper.absolute("/sitemaps/" + month.name(part) + ".xml"), month.lastModified());
				}
			}
			directoryParts(index, "people", people);
			directoryParts(index, "companies", companies);
		}
	}

	@GetMapping("/sitemaps/{name}.xml")
	void sitemap(@PathVariable String name, ServletWebRequest request, HttpServletResponse response)
			throws IOException {
		Matcher month = MONTH.matcher(name);
		Matcher directory = DIRECTORY.matcher(name);
		if (month.matches()) {
			month(name, month, request, response);
		}
		else if (directory.matches()) {
			directory(name, directory, request, response);
		}
		else {
			throw notFound(name);
		}
	}

	private void month(String name, Matcher match, ServletWebRequest request, HttpServletResponse response)
			throws IOException {
		int year = Integer.parseInt(match.group(1));
		int monthNumber = Integer.parseInt(match.group(2));
		int part = match.group(3) == null ? 1 : Integer.parseInt(match.group(3));
		if (monthNumber < 1 || monthNumber > 12) {
			throw notFound(name);
		}
		YearMonth month = YearMonth.of(year, monthNumber);
		OffsetDateTime from = month.atDay(1).atStartOfDay(Kst.ZONE).toOffsetDateTime();
		OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(Kst.ZONE).toOffsetDateTime();
		PublishedArchive.Version version = archive.version();
		String etag = "W/\"" + name + "-" + version.seq() + "\"";
		if (XmlResponses.notModified(request, etag, version.at())) {
			return;
		}
		long stories = archive.days(from, to).stream().mapToLong(PublishedArchive.Day::stories).sum();
		if (stories == 0 || part > parts(stories)) {
			throw notFound(name);
		}
		stream(response, etag, version.at(), sitemap -> archive.published(from, to,
				(long) (part - 1) * SitemapWriter.MAX_URLS, SitemapWriter.MAX_URLS,
				story -> sitemap.url(paper.absolute("/article/" + story.id()), story.lastModified())));
	}

	private void directory(String name, Matcher match, ServletWebRequest request, HttpServletResponse response)
			throws IOException {
		DirectoryIndex.Kind directory = match.group(1).equals("people") ? DirectoryIndex.Kind.PEOPLE : DirectoryIndex.Kind.ORGANIZATIONS;
		int part = match.group(2) == null ? 1 : Integer.parseInt(match.group(2));
		DirectoryIndex.Size size = directoryIndex.size(directory);
		if (size.count() == 0 || part > parts(size.count())) {
			throw notFound(name);
		}
		String etag = "W/\"" + name + "-" + size.count() + "-" + size.maxId() + "\"";
		if (XmlResponses.notModified(request, etag, size.newest())) {
			return;
		}
		stream(response, etag, size.newest(), sitemap -> directoryIndex.ids(directory,
				(long) (part - 1) * SitemapWriter.MAX_URLS, SitemapWriter.MAX_URLS,
				id -> sitemap.url(paper.absolute(directory.path() + id), null)));
	}

	@GetMapping("/news-sitemap.xml")
	ResponseEntity<byte[]> news(ServletWebRequest request) {
		FeedController.Built built = cache.get("news-sitemap", this::buildNews);
		if (XmlResponses.notModified(request, built.etag(), built.lastModified())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
		}
		return ResponseEntity.ok()
			.headers(XmlResponses.headers(XmlResponses.XML, built.etag(), built.lastModified()))
			.body(built.body());
	}

	private FeedController.Built buildNews() {
		OffsetDateTime since = OffsetDateTime.now(clock).minus(NEWS_WINDOW);
		List<PublishedArchive.Recent> stories = archive.publishedSince(since, NEWS_MAX);
		OffsetDateTime lastModified = archive.version().at();
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		try (SitemapWriter news = SitemapWriter.news(out)) {
			for (PublishedArchive.Recent story : stories) {
				news.story(paper.absolute("/article/" + story.id()), paper.name(), story.publishedAt(), story.headline());
			}
		}
		byte[] body = out.toByteArray();
		String etag = "W/\"news-" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "-" + body.length + "\"";
		return new FeedController.Built(body, etag, lastModified);
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String robots = """
				User-agent: *
				Disallow: /newsroom/
				Disallow: /login

				Sitemap: %s
				Sitemap: %s
				""".formatted(paper.absolute("/sitemap.xml"), paper.absolute("/news-sitemap.xml"));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.cacheControl(XmlResponses.SHORT_PUBLIC)
			.body(robots);
	}

	private void directoryParts(SitemapWriter index, String name, DirectoryIndex.Size size) {
		for (int part = 1; part <= parts(size.count()); part++) {
			index.sitemap(paper.absolute("/sitemaps/" + name + (part == 1 ? "" : "-" + part) + ".xml"), null);
		}
	}

	private void stream(HttpServletResponse response, String etag, OffsetDateTime lastModified,
			Consumer<SitemapWriter> urls) throws IOException {
		send(response, etag, lastModified);
		OutputStream out = response.getOutputStream();
		try (SitemapWriter sitemap = SitemapWriter.urlset(out)) {
			urls.accept(sitemap);
		}
	}

	private static void send(HttpServletResponse response, String etag, OffsetDateTime lastModified) {
		HttpHeaders headers = XmlResponses.headers(XmlResponses.XML, etag, lastModified);
		headers.forEach((header, values) -> values.forEach(value -> response.addHeader(header, value)));
	}

	private static int parts(long urls) {
		return (int) ((urls + SitemapWriter.MAX_URLS - 1) / SitemapWriter.MAX_URLS);
	}

	private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}

	private static Refusal notFound(String name) {
		return Refusal.notFound("'" + name + ".xml' 사이트맵이 없습니다.");
	}
}
