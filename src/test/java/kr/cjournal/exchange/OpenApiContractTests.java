package kr.cjournal.exchange;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.TestStories;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI description at {@code /api/v1/openapi.json} is the API: every operation it
 * documents has a handler, every {@code /api/v1} handler is documented, and anyone may read it
 * and browse it at {@code /api/v1/docs}.
 */
@NewsroomAppTest
@Import(TestStories.class)
class OpenApiContractTests {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyDocumentedOperationHasAHandlerAndEveryApiHandlerIsDocumented() throws Exception {
		JsonNode document = description();
		Set<String> documented = new TreeSet<>();
		for (String path : document.path("paths").propertyNames()) {
			for (String method : document.path("paths").path(path).propertyNames()) {
				if (METHODS.contains(method)) {
					documented.add(method.toUpperCase() + " " + path);
				}
			}
		}
		Set<String> handled = new TreeSet<>();
		mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.springdoc")) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/v1/")) {
					continue;
				}
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					handled.add(method.name() + " " + pattern);
				}
			}
		});

		assertThat(handled).as("the API's handlers").contains("POST /api/v1/drafts", "GET /api/v1/drafts/{id}",
				"PUT /api/v1/drafts/{id}", "POST /api/v1/drafts/{id}/submit", "POST /api/v1/drafts/{id}/publish",
				"GET /api/v1/articles");
		assertThat(documented).as("documented but no handler").isSubsetOf(handled);
		assertThat(handled).as("handled but not documented").isSubsetOf(documented);
		assertThat(document.path("paths").propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
	}

	@Test
	void theDescriptionNamesTheBearerSchemeAndTheErrorBodyOfEveryWriteRefusal() throws Exception {
		JsonNode document = description();

		assertThat(document.path("info").path("title").asString()).contains("씨저널", "Cjournal");
		JsonNode bearer = document.path("components").path("securitySchemes").path(OpenApiConfiguration.BEARER);
		assertThat(bearer.path("type").asString()).isEqualTo("http");
		assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
		JsonNode error = document.path("components").path("schemas").path("Error");
		assertThat(error.path("properties").propertyNames()).contains("error", "field", "message", "currentVersion");

		JsonNode create = document.path("paths").path("/api/v1/drafts").path("post");
		assertThat(create.path("responses").propertyNames()).contains("201", "400", "401", "403", "413", "422");
		assertThat(create.path("responses").path("422").path("content").path("application/json").path("schema")
			.path("$ref").asString()).isEqualTo("#/components/schemas/Error");
		assertThat(create.path("security").path(0).has(OpenApiConfiguration.BEARER)).isTrue();
		JsonNode update = document.path("paths").path("/api/v1/drafts/{id}").path("put");
		assertThat(update.path("responses").propertyNames()).contains("200", "404", "409", "422");
		assertThat(update.path("parameters").findValuesAsString("name")).as("who asks is no parameter")
			.containsExactly("id");
		assertThat(document.path("paths").path("/api/v1/drafts/{id}/publish").path("post").path("description")
			.asString()).contains("articles:publish");
	}

	@Test
	void anyoneMayReadTheDescriptionAndBrowseIt() throws Exception {
		MockHttpServletResponse docs = mvc.perform(get("/api/v1/docs")).andReturn().getResponse();
		assertThat(docs.getStatus()).isBetween(300, 399);
		String ui = docs.getRedirectedUrl();
		assertThat(ui).contains("/api/v1/").endsWith("index.html");

		MockHttpServletResponse page = mvc.perform(get(ui)).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("swagger-ui");
		assertThat(page.getHeader("Content-Security-Policy")).isNotBlank();

		MockHttpServletResponse config = mvc.perform(get("/api/v1/openapi.json/swagger-config")).andReturn().getResponse();
		assertThat(config.getStatus()).isEqualTo(200);
		assertThat(config.getContentAsString()).contains("/api/v1/openapi.json");
	}

	private JsonNode description() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(response.getStatus()).as("public, no token").isEqualTo(200);
		return json.readTree(response.getContentAsString());
	}
}
