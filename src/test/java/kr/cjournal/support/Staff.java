package kr.cjournal.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A request made by a signed-in staff member with the given roles (REPORTER, EDITOR, ...), with
 * the CSRF token a form of ours would carry.
 */
public final class Staff {

	private Staff() {
	}

	public static RequestPostProcessor as(String username, String... roles) {
		RequestPostProcessor signedIn = user(username).roles(roles);
		RequestPostProcessor withToken = csrf();
		return request -> withToken.postProcessRequest(signedIn.postProcessRequest(request));
	}
}
