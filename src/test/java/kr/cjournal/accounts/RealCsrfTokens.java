package kr.cjournal.accounts;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.web.context.WebApplicationContext;

/**
 * Puts the application's own CSRF token repository back before each test. MockMvc's {@code csrf()}
 * swaps the CSRF filter's repository for one keeping tokens in the session, in the filter chain
 * the running server shares with MockMvc, so real HTTP requests of any later test would start
 * sessions the application itself never starts.
 */
class RealCsrfTokens implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext extension) {
		ApplicationContext context = SpringExtension.getApplicationContext(extension);
		if (!(context instanceof WebApplicationContext web) || web.getServletContext() == null) {
			return;
		}
		MockHttpServletRequest request = new MockHttpServletRequest(web.getServletContext(), "GET", "/login");
		if (!(WebTestUtils.getCsrfTokenRepository(request) instanceof RefusedRequestsStartNoSession)) {
			WebTestUtils.setCsrfTokenRepository(request, new RefusedRequestsStartNoSession());
		}
	}
}
