package kr.cjournal.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.cjournal.accounts.Actor;

/**
 * The API's OpenAPI description, served at {@code /api/v1/openapi.json} with a browsable UI at
 * {@code /api/v1/docs} (springdoc, settings in application.yml): every {@code /api/v1} endpoint,
 * the bearer token scheme, and the one error body every refusal has, with the statuses each write
 * operation may answer.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearerAuth";

	static final String ERROR = "Error";

	static {
		// Who is asking comes from the session or the token, never from the request's parameters.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	/** What each status of the write API means, in the order a client meets them. */
	private static final Map<String, String> WRITE_ERRORS = errors();

	@Bean
	OpenAPI cjournalOpenApi() {
		return new OpenAPI()
			.info(new Info().title("씨저널 API (Cjournal API)")
				.version("v1")
				.description("""
						씨저널의 JSON API입니다. 출고된 기사, 섹션, 기자와 인물 목록은 누구나 읽을 수 있고, \
						나머지는 직원의 개인 API 토큰(뉴스룸 > 내 계정 > API 토큰)을 \
						`Authorization: Bearer cj_...` 헤더로 보내거나 로그인한 브라우저(CSRF 토큰과 함께)로 씁니다. \
						토큰은 만들 때 고른 권한(read, people:write, articles:write, articles:publish, comments:screen)의 \
						주소만 열고, 그 안에서는 토큰 주인의 역할이 정합니다.

						The Cjournal JSON API. Published stories, sections, reporters and people are public; \
						everything else needs a staff member's personal API token as a bearer token (or a signed-in \
						session with its CSRF token). Every refusal is `{"error", "field", "message"}` with a \
						Korean message; times are KST (+09:00)."""))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("cj_ personal API token")
					.description("개인 API 토큰 (personal API token), e.g. `Authorization: Bearer cj_...`"))
				.addSchemas(ERROR, errorSchema()));
	}

	/** The other API controllers' groups, named for people rather than after the Java classes. */
	private static final Map<String, String> GROUPS = Map.of("ReadApiController", "기사·섹션·기자·인물 읽기 (Read API)",
			"NinjsController", "기사 한 건 (ninjs)", "CommentsApiController", "댓글 (Comments)", "ScreenController",
			"클린필터 검사 (Comment screening)", "MeController", "내 정보 (Me)", "SuggestionController",
			"인물·기관 찾기 (Directory)", "NewPeopleController", "인물 등록 (People)", "RecognitionController",
			"글 속 인물 찾기 (Recognition)", "SearchApiController", "기사 검색 (Search)");

	/**
	 * The write API's operations list the refusals they may answer, each with the error body;
	 * the other endpoints get their group's Korean name.
	 */
	@Bean
	OperationCustomizer writeApiErrors() {
		return (operation, handler) -> {
			String group = GROUPS.get(handler.getBeanType().getSimpleName());
			if (group != null) {
				operation.setTags(new java.util.ArrayList<>(List.of(group)));
			}
			if (handler.getBeanType() != DraftApiController.class) {
				return operation;
			}
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			Set<String> statuses = statuses(handler.getMethod().getName());
			WRITE_ERRORS.forEach((status, description) -> {
				if (!statuses.contains(status)) {
					return;
				}
				responses.addApiResponse(status, new ApiResponse().description(description)
					.content(new Content().addMediaType("application/json",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR)))));
			});
			operation.setResponses(responses);
			return operation;
		};
	}

	/** The refusals each write operation may answer, by handler method. */
	private static Set<String> statuses(String handler) {
		return switch (handler) {
			case "create" -> Set.of("400", "401", "403", "413", "415", "422");
			case "read" -> Set.of("400", "401", "403", "404");
			case "submit" -> Set.of("400", "401", "403", "404", "409", "422");
			default -> WRITE_ERRORS.keySet();
		};
	}

	private static Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("400", "JSON이 아니거나 필드의 형식이 틀림 (malformed_json, wrong_type, missing_field, unknown_field)");
		errors.put("401", "토큰이 없거나 올바르지 않음 (unauthorized)");
		errors.put("403", "역할이나 토큰 권한이 모자람, 또는 로그인 세션에 CSRF 토큰이 없음 "
				+ "(not_allowed, insufficient_scope, token_not_allowed, forbidden)");
		errors.put("404", "그런 기사가 없음 (not_found)");
		errors.put("409", "그 사이 다른 사람이 저장했거나(version_conflict, currentVersion 포함) 지금 상태에서는 할 수 없음 (conflict)");
		errors.put("413", "요청 본문이 너무 큼 (payload_too_large)");
		errors.put("415", "본문이 JSON이 아님 (unsupported_media_type)");
		errors.put("422", "뉴스룸 규칙에 맞지 않는 값: 너무 긴 제목, 없는 섹션, 넘길 때 빠진 바이라인 등 (invalid)");
		return errors;
	}

	@SuppressWarnings("rawtypes")
	private static Schema errorSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("error", new StringSchema().description("무엇이 잘못됐는지, 기계가 읽는 이름").example("invalid"));
		properties.put("field", new StringSchema().description("잘못된 필드 (하나로 꼽을 수 없으면 없음)").example("headline"));
		properties.put("message", new StringSchema().description("사람이 읽는 한국어 안내").example("제목은 80자까지 쓸 수 있습니다."));
		properties.put("currentVersion", new IntegerSchema().description("version_conflict: 지금의 판 번호"));
		properties.put("keptRevision", new IntegerSchema().description("version_conflict: 보낸 내용을 보관한 판"));
		return new ObjectSchema().description("API의 모든 거절 (every refusal of the API)")
			.properties(properties)
			.addRequiredItem("error")
			.addRequiredItem("message");
	}
}
