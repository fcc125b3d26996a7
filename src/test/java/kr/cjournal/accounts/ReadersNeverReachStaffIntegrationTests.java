package kr.cjournal.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.TestReaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every handler under {@code /newsroom} and {@code /api}, with every method it takes (or all of
 * them), asked by a signed-in reader with a valid CSRF token: none answers, except the few the
 * reader's own pages use.
 */
@CommentsAppTest
class ReadersNeverReachStaffIntegrationTests {

	/** What a reader may reach: who they are, and a story's public comment list. */
	/** What anyone may read (a published story as ninjs, its comments) and a reader's own account. */
	static final Set<String> READERS_MAY = Set.of("GET /api/v1/me", "GET /api/v1/articles/{id}/comments",
			"GET /api/v1/articles/{articleId}/comments", "GET /api/v1/articles/{id}", "GET /api/v1/articles",
			"GET /api/v1/sections", "GET /api/v1/reporters", "GET /api/v1/people", "GET /api/v1/openapi.json",
			"GET /api/v1/openapi.json.yaml", "GET /api/v1/openapi.json/swagger-config", "GET /api/v1/docs",
			"GET /api/v1/search");

	private static final Set<Integer> REFUSALS = Set.of(401, 403, 404, 405);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestReaders readers;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void aReaderSessionReachesNoStaffPageOrApi() throws Exception {
		Reader reader = readers.create("담장");
		List<String> reached = new ArrayList<>();
		int asked = 0;
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!(pattern.equals("/newsroom") || pattern.startsWith("/newsroom/") || pattern.startsWith("/api/"))) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.values()) : methods) {
					if (method == RequestMethod.OPTIONS || method == RequestMethod.TRACE) {
						continue;
					}
					String call = method + " " + pattern;
					if (READERS_MAY.contains(call)) {
						continue;
					}
					String path = pattern.replaceAll("\\{[^}]+\\}", "1").replace("/**", "/x").replace("*", "x");
					int status = mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method.name()), path)
						.with(TestReaders.as(reader))
						.contentType("application/json")
						.content("{}")).andReturn().getResponse().getStatus();
					asked++;
					if (!REFUSALS.contains(status)) {
						reached.add(call + " -> " + status);
					}
				}
			}
		}
		assertThat(asked).as("handlers asked").isGreaterThan(50);
		assertThat(reached).isEmpty();
	}

	@Test
	void aReaderMayAskWhoTheyAre() throws Exception {
		Reader reader = readers.create("나는");
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/me").with(TestReaders.as(reader))).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
	}
}
