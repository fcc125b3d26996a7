package kr.cjournal.exchange;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.databind.JsonNode;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.Kst;
import kr.cjournal.core.Refusal;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.EditConflict;
import kr.cjournal.newsroom.Manuscript;
import kr.cjournal.newsroom.Manuscripts;
import kr.cjournal.newsroom.Reporter;

/**
 * The write API: drafts made, read, saved, submitted and published by programs with a personal
 * API token ({@code articles:write}, {@code articles:publish} to publish) or by a signed-in staff
 * member (with the CSRF token then). Every rule is the desk's ({@link Desk}), as on the newsroom
 * pages, and so are the Korean messages; only the statuses are a program's: a value the newsroom
 * refuses is 422 here (the pages answer 400), a body that is not the documented JSON 400.
 */
@RestController
@Tag(name = "기사 쓰기 (Write API)", description = "초고를 만들고 고치고 데스크에 넘기고 출고합니다. 뉴스룸 화면과 같은 규칙과 같은 안내 문구를 씁니다.")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class DraftApiController {

	private final Desk desk;

	private final Manuscripts manuscripts;

	DraftApiController(Desk desk, Manuscripts manuscripts) {
		this.desk = desk;
		this.manuscripts = manuscripts;
	}

	@PostMapping("/api/v1/drafts")
	@Operation(summary = "초고 만들기 (create a draft)", description = "토큰 권한: articles:write. 기자·데스크만. "
			+ "제목과 본문은 비어 있어도 되지만, 데스크에 넘기거나 출고하려면 채워야 합니다.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = DraftRequest.class))))
	@ApiResponse(responseCode = "201", description = "만들었음; Location은 초고의 주소",
			content = @Content(schema = @Schema(implementation = DraftState.class)))
	ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) JsonNode body,
			@Parameter(hidden = true) Actor actor) {
		long id = desk.createDraft(actor, DraftFields.draft(body));
		return ResponseEntity.created(URI.create(url(id))).body(state(id));
	}

	@GetMapping("/api/v1/drafts/{id}")
	@Operation(summary = "초고 읽기 (read a draft)", description = "토큰 권한: articles:write. 출고 전 기사는 쓴 기자와 데스크만 "
			+ "읽을 수 있습니다(그 밖에는 403). 고칠 때 돌려보낼 판 번호(version)가 들어 있습니다.")
	@ApiResponse(responseCode = "200", description = "기사",
			content = @Content(schema = @Schema(implementation = DraftView.class)))
	Map<String, Object> read(@PathVariable long id, @Parameter(hidden = true) Actor actor) {
		return view(desk.read(actor, id));
	}

	@PutMapping("/api/v1/drafts/{id}")
	@Operation(summary = "초고 고치기 (update a draft)", description = "토큰 권한: articles:write. 보낸 내용으로 "
			+ "통째로 바꿉니다(빠진 필드는 비웁니다). 마지막으로 읽은 version이 필요하며, 그 사이 다른 사람이 저장했으면 409와 "
			+ "currentVersion을 돌려주고 보낸 내용은 판(keptRevision)으로 보관합니다.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = DraftUpdate.class))))
	@ApiResponse(responseCode = "200", description = "저장했음",
			content = @Content(schema = @Schema(implementation = DraftState.class)))
	Map<String, Object> update(@PathVariable long id, @RequestBody(required = false) JsonNode body,
			@Parameter(hidden = true) Actor actor) {
		var draft = DraftFields.draft(body);
		desk.save(actor, id, DraftFields.version(body), draft, false);
		return state(id);
	}

	@PostMapping("/api/v1/drafts/{id}/submit")
	@Operation(summary = "데스크에 넘기기 (submit)", description = "토큰 권한: articles:write. 쓴 기자(또는 데스크)만. "
			+ "제목·본문·기자(바이라인)가 있어야 합니다(없으면 422).")
	@ApiResponse(responseCode = "200", description = "넘겼음",
			content = @Content(schema = @Schema(implementation = DraftState.class)))
	Map<String, Object> submit(@PathVariable long id, @Parameter(hidden = true) Actor actor) {
		desk.submit(actor, id);
		return state(id);
	}

	@PostMapping("/api/v1/drafts/{id}/publish")
	@Operation(summary = "출고 (publish now or schedule)", description = "토큰 권한: articles:publish. 데스크(에디터)만. "
			+ "본문 없이 보내거나 publishAt이 없으면 바로 출고하고, publishAt(ISO 8601, 오프셋이 없으면 KST)이 있으면 "
			+ "그 시각에 출고하도록 예약합니다. embargo: true면 엠바고로 표시합니다.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
					content = @Content(schema = @Schema(implementation = PublishRequest.class))))
	@ApiResponse(responseCode = "200", description = "출고했거나 예약했음",
			content = @Content(schema = @Schema(implementation = DraftState.class)))
	Map<String, Object> publish(@PathVariable long id, @RequestBody(required = false) JsonNode body,
			@Parameter(hidden = true) Actor actor) {
		OffsetDateTime at = DraftFields.publishAt(body);
		if (at == null) {
			desk.publishNow(actor, id);
		}
		else {
			desk.schedule(actor, id, at, DraftFields.embargo(body));
		}
		return state(id);
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<Map<String, Object>> problem(ApiProblem problem) {
		return problem.answer();
	}

	/** The desk's refusals, with a program's statuses: what the newsroom would not take is 422. */
	@ExceptionHandler(Refusal.class)
	ResponseEntity<Map<String, Object>> refused(Refusal refusal) {
		if (refusal instanceof EditConflict conflict) {
			Map<String, Object> body = ApiProblem.body("version_conflict", "version", conflict.getMessage());
			body.put("currentVersion", conflict.currentVersion());
			body.put("keptRevision", conflict.keptRevision());
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
		return switch (refusal.kind()) {
			case INVALID -> ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
				.body(ApiProblem.body("invalid", refusal.field(), refusal.getMessage()));
			case NOT_ALLOWED -> ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(ApiProblem.body("not_allowed", refusal.field(), refusal.getMessage()));
			case NOT_FOUND -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ApiProblem.body("not_found", refusal.field(), refusal.getMessage()));
			case CONFLICT -> ResponseEntity.status(HttpStatus.CONFLICT)
				.body(ApiProblem.body("conflict", refusal.field(), refusal.getMessage()));
		};
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
		return ApiProblem.badRequest("malformed_json", null, "요청 본문이 올바른 JSON이 아닙니다.").answer();
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> notJson(HttpMediaTypeNotSupportedException e) {
		return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", null,
				"요청 본문은 JSON으로 보내 주세요 (Content-Type: application/json).").answer();
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> notANumber(MethodArgumentTypeMismatchException e) {
		return ApiProblem.badRequest("wrong_type", e.getName(), "주소의 기사 번호('" + e.getName() + "')는 숫자여야 합니다.")
			.answer();
	}

	private Map<String, Object> state(long id) {
		Manuscript manuscript = manuscripts.find(id).orElseThrow();
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("id", manuscript.id());
		state.put("version", manuscript.version());
		state.put("status", manuscript.status().name());
		state.put("statusLabel", manuscript.status().label());
		state.put("publishAt", manuscript.publishAt() == null ? null : Kst.iso(manuscript.publishAt()));
		state.put("url", url(id));
		return state;
	}

	private static Map<String, Object> view(Manuscript m) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", m.id());
		view.put("version", m.version());
		view.put("status", m.status().name());
		view.put("statusLabel", m.status().label());
		view.put("sectionId", m.sectionId());
		view.put("headline", m.headline());
		view.put("subtitle", m.subtitle());
		view.put("body", m.bodyMarkdown());
		view.put("reporterIds", m.bylines().stream().map(Reporter::id).toList());
		view.put("tags", m.tags());
		view.put("createdBy", m.createdBy());
		view.put("publishAt", iso(m.publishAt()));
		view.put("embargo", m.embargo());
		view.put("deskComment", m.deskComment());
		view.put("correctionNote", m.correctionNote());
		view.put("publishedAt", iso(m.publishedAt()));
		view.put("updatedAt", iso(m.updatedAt()));
		view.put("savedAt", iso(m.savedAt()));
		view.put("url", url(m.id()));
		return view;
	}

	private static String iso(OffsetDateTime time) {
		return time == null ? null : Kst.iso(time);
	}

	private static String url(long id) {
		return "/api/v1/drafts/" + id;
	}

	@Schema(name = "DraftRequest", description = "초고의 내용. 모든 필드는 생략할 수 있습니다.")
	record DraftRequest(@Schema(description = "섹션 번호 (GET /api/v1/sections)", example = "3") Long sectionId,
			@Schema(description = "제목, 80자까지", maxLength = 80, example = "한울전자, 2분기 영업이익 40% 늘어") String headline,
			@Schema(description = "부제, 120자까지", maxLength = 120) String subtitle,
			@Schema(description = "본문 (Markdown), 60,000자까지", maxLength = 60000) String body,
			@Schema(description = "바이라인 기자 번호 (GET /api/v1/reporters)") List<Long> reporterIds,
			@Schema(description = "태그, 10개까지, 하나에 40자까지") List<String> tags) {
	}

	@Schema(name = "DraftUpdate", description = "초고의 새 내용과 마지막으로 읽은 판 번호")
	record DraftUpdate(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "마지막으로 읽은 판 번호")
	Integer version, Long sectionId, String headline, String subtitle, String body, List<Long> reporterIds,
			List<String> tags) {
	}

	@Schema(name = "PublishRequest", description = "비우면 바로 출고")
	record PublishRequest(
			@Schema(description = "예약 출고 시각 (ISO 8601; 오프셋이 없으면 KST)", example = "2026-05-01T09:00:00+09:00") String publishAt,
			@Schema(description = "엠바고로 표시") Boolean embargo) {
	}

	@Schema(name = "DraftState", description = "작업 뒤 기사의 상태")
	record DraftState(long id, int version,
			@Schema(allowableValues = { "DRAFT", "SUBMITTED", "SCHEDULED", "PUBLISHED", "UNPUBLISHED" }) String status,
			@Schema(example = "작성 중") String statusLabel, String publishAt, @Schema(example = "/api/v1/drafts/42") String url) {
	}

	@Schema(name = "DraftView", description = "기사 (출고 전이면 쓴 기자와 데스크에게만)")
	record DraftView(long id, int version, String status, String statusLabel, long sectionId, String headline,
			String subtitle, String body, List<Long> reporterIds, List<String> tags, String createdBy, String publishAt,
			boolean embargo, String deskComment, String correctionNote, String publishedAt, String updatedAt,
			String savedAt, String url) {
	}
}
