package kr.cjournal.comments.moderation;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import kr.cjournal.core.Refusal;

/**
 * How the reader-facing endpoints answer (endpoints.md): JSON to a script that asks for it,
 * otherwise a 303 back to a page with the outcome in flash attributes ({@code notice}, or
 * {@code error} and {@code errorField}).
 */
final class ReaderAnswers {

	private ReaderAnswers() {
	}

	static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("application/json");
	}

	static ResponseEntity<Object> json(int status, Object body) {
		return ResponseEntity.status(status).body(body);
	}

	static ResponseEntity<Object> error(int status, String message, String field) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", message);
		body.put("field", field);
		return json(status, body);
	}

	static ResponseEntity<Object> refused(Refusal refusal) {
		return error(refusal.kind().status(), refusal.getMessage(), refusal.field());
	}

	/** 303 to {@code location} (path and optional #anchor) with the given flash attributes. */
	static ResponseEntity<Object> seeOther(String location, Map<String, ?> flash, HttpServletRequest request,
			HttpServletResponse response) {
		if (!flash.isEmpty()) {
			FlashMap map = RequestContextUtils.getOutputFlashMap(request);
			map.putAll(flash);
			String path = location.contains("#") ? location.substring(0, location.indexOf('#')) : location;
			map.setTargetRequestPath(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
			RequestContextUtils.saveOutputFlashMap(location, request, response);
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
	}

	/** Not signed in: 401 JSON, or the sign-in page that comes back to {@code next}. */
	static ResponseEntity<Object> signInFirst(String next, HttpServletRequest request, HttpServletResponse response) {
		if (wantsJson(request)) {
			return error(401, "로그인이 필요합니다.", null);
		}
		return seeOther("/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8), Map.of(),
				request, response);
	}

	static Map<String, Object> flashError(Refusal refusal) {
		Map<String, Object> flash = new LinkedHashMap<>();
		flash.put("error", refusal.getMessage());
		if (refusal.field() != null) {
			flash.put("errorField", refusal.field());
		}
		return flash;
	}
}
