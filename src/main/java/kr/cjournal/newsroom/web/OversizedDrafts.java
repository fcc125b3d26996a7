package kr.cjournal.newsroom.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.TemplateEngine;
import gg.jte.output.PrintWriterOutput;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import kr.cjournal.newsroom.Draft;

/**
 * Refuses an article save or preview far larger than any story before anything reads it. The
 * biggest legal form (a {@value Draft#BODY_MAX}-character Hangul body, percent-encoded) is about
 * 550 kB; past {@link #MAX_BYTES} the writer gets a Korean 413 naming the body, as a page or as
 * the editor script's JSON, and the saved text stays as it was. Without this, Tomcat gives up
 * parsing a form over 2 MB and the writer sees a generic error page; a JSON body would be read
 * whole, however large. Runs before security, which would read the form for its CSRF token.
 */
@Component
@Order(-200)
class OversizedDrafts extends OncePerRequestFilter {

	static final long MAX_BYTES = 1024 * 1024;

	static final String MESSAGE = "보낸 내용이 너무 큽니다. 본문은 " + String.format("%,d", Draft.BODY_MAX)
			+ "자까지 쓸 수 있습니다. 저장된 글은 그대로이니 줄여서 다시 저장해 주세요.";

	private final TemplateEngine templates;

	OversizedDrafts(TemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod())
				|| !(path.startsWith("/newsroom/articles") || path.equals("/newsroom/preview"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() <= MAX_BYTES) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		// Unread, the rest of the body would be swallowed up to Tomcat's limit: close instead.
		response.setHeader("Connection", "close");
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith("application/json")) {
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter()
				.write("{\"error\":\"invalid\",\"field\":\"body\",\"message\":\"" + MESSAGE + "\"}");
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		templates.render("accounts/refused.jte", Map.of("status", 413, "message", MESSAGE),
				new PrintWriterOutput(response.getWriter()));
	}
}
