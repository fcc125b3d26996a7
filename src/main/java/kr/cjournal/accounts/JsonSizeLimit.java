package kr.cjournal.accounts;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a JSON request body larger than {@code cjournal.accounts.max-json-size} (1MB) with 413
 * and a Korean JSON message, before Jackson reads any of it: a declared length is checked at once,
 * a body sent without one (chunked) is read up to the limit and refused as soon as it passes it.
 * Runs after Spring Security, so only a signed-in person or a valid token gets this far. The
 * biggest body the newsroom sends, a draft with the longest story allowed (60,000 characters of
 * Hangul, 3 bytes each, or 100,000 for text sent to recognition), stays under 300KB.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class JsonSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final String message;

	private final JsonMapper json;

	JsonSizeLimit(@Value("${cjournal.accounts.max-json-size:1MB}") DataSize max, JsonMapper json) {
		this.maxBytes = max.toBytes();
		this.message = "요청 본문이 너무 큽니다. JSON은 " + readable(max) + "까지 보낼 수 있습니다.";
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isJson(request.getContentType());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			tooLarge(response);
			return;
		}
		if (declared >= 0) {
			// The server reads no more than the declared length.
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		if (body.length > maxBytes) {
			tooLarge(response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private void tooLarge(HttpServletResponse response) throws IOException {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("error", "payload_too_large");
		body.put("message", message);
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}

	static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return "application".equals(type.getType())
					&& ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
		}
		catch (IllegalArgumentException unreadable) {
			// Spring MVC answers an unreadable Content-Type itself (415) and reads nothing.
			return false;
		}
	}

	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + "MB";
		}
		return bytes % 1024 == 0 ? size.toKilobytes() + "KB" : bytes + "바이트";
	}

	/** The request with its body already read into memory (at most the limit). */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
					: StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					// The whole body is in memory already: it is available now, and then all read.
					try {
						if (!isFinished()) {
							listener.onDataAvailable();
						}
						listener.onAllDataRead();
					}
					catch (IOException e) {
						listener.onError(e);
					}
				}
			};
		}
	}
}
