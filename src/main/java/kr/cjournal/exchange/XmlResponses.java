package kr.cjournal.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.WebRequest;

/**
 * HTTP caching of feeds and sitemaps, like reader pages: a short public max-age for a CDN, an ETag
 * and Last-Modified, and 304 to a client that already has the file.
 */
final class XmlResponses {

	static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);

	static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	static final CacheControl SHORT_PUBLIC = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	private XmlResponses() {
	}

	/**
	 * Whether the client's copy is current (Spring then answers 304 with the validators); else the
	 * caching headers for a full answer. {@code lastModified} may be null.
	 */
	static boolean notModified(WebRequest request, String etag, OffsetDateTime lastModified) {
		return lastModified == null ? request.checkNotModified(etag)
				: request.checkNotModified(etag, lastModified.toInstant().toEpochMilli());
	}

	static HttpHeaders headers(MediaType type, String etag, OffsetDateTime lastModified) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setCacheControl(SHORT_PUBLIC);
		headers.setETag(etag);
		if (lastModified != null) {
			headers.setLastModified(lastModified.toInstant());
		}
		return headers;
	}
}
