package kr.cjournal.site;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/**
 * Reader pages rendered once into UTF-8 bytes with their ETag and kept in the page cache, so
 * that serving a page a thousand times a second costs neither rendering, encoding nor hashing;
 * a browser or CDN that has the page gets 304.
 */
@Component
class RenderedPages {

	private final TemplateEngine templates;

	private final PageCache cache;

	RenderedPages(TemplateEngine templates, PageCache cache) {
		this.templates = templates;
		this.cache = cache;
	}

	/** A rendered page: its bytes and their weak ETag (weak, so compression may change the bytes). */
	record Rendered(byte[] body, String etag) {
	}

	/**
	 * The page built by {@code build} and rendered with {@code template}, from the cache when it
	 * is there; null when {@code build} finds nothing (nothing is cached then).
	 */
	Rendered get(String cacheKey, String template, Supplier<Object> build) {
		return cache.get("html:" + cacheKey, () -> {
			Object page = build.get();
			return page == null ? null : render(template, page);
		});
	}

	/** Renders without caching, for pages read too rarely to keep. */
	Rendered render(String template, Object page) {
		Utf8ByteOutput output = new Utf8ByteOutput();
		templates.render(template + ".jte", Map.of("page", page), output);
		byte[] body = output.toByteArray();
		return new Rendered(body, "W/\"" + md5(body) + "\"");
	}

	ResponseEntity<byte[]> respond(Rendered page, WebRequest request) {
		if (request.checkNotModified(page.etag())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(page.etag()).build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_LANGUAGE, "ko-KR")
			.eTag(page.etag())
			.body(page.body());
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
