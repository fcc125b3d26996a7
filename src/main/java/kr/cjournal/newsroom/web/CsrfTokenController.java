package kr.cjournal.newsroom.web;

import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The current session's CSRF token, for an editor page that outlived its session: after the
 * writer signs in again in another window, the page fetches the new token and saves the text it
 * kept, instead of asking them to reload and lose it.
 */
@RestController
class CsrfTokenController {

	@GetMapping("/newsroom/csrf")
	Map<String, String> token(CsrfToken token) {
		return Map.of("header", token.getHeaderName(), "parameter", token.getParameterName(), "token", token.getToken());
	}
}
