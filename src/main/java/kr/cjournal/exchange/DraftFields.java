package kr.cjournal.exchange;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import kr.cjournal.core.Kst;
import kr.cjournal.newsroom.Draft;

/**
 * Reads the write API's JSON bodies strictly: each field must have its documented type, or the
 * request is refused with 400 naming the field, before the newsroom sees anything. Unknown
 * fields are refused too (a misspelt {@code title} for {@code headline} would otherwise be lost
 * silently); the read-only fields of {@code GET /api/v1/drafts/{id}} may be sent back and are
 * ignored. Text that cannot be stored or shown (control characters, broken UTF-16) is 422.
 */
final class DraftFields {

	static final Set<String> WRITABLE = Set.of("sectionId", "headline", "subtitle", "body", "reporterIds", "tags",
			"version");

	/** What {@code GET /api/v1/drafts/{id}} answers beyond the writable fields. */
	static final Set<String> READ_ONLY = Set.of("id", "status", "statusLabel", "createdBy", "publishAt", "embargo",
			"deskComment", "correctionNote", "publishedAt", "updatedAt", "savedAt", "url");

	private static final Set<String> PUBLISH = Set.of("publishAt", "embargo");

	private DraftFields() {
	}

	/** The draft in the body; {@code version} is read separately ({@link #version}). */
	static Draft draft(JsonNode body) {
		object(body, WRITABLE, READ_ONLY);
		long sectionId = body.has("sectionId") && !body.get("sectionId").isNull() ? id(body.get("sectionId"), "sectionId")
				: -1;
		String headline = text(body, "headline", "제목", false);
		String subtitle = text(body, "subtitle", "부제", false);
		String markdown = text(body, "body", "본문", true);
		List<Long> reporterIds = new ArrayList<>();
		for (JsonNode id : array(body, "reporterIds", "기자 번호 목록")) {
			reporterIds.add(id(id, "reporterIds"));
		}
		List<String> tags = new ArrayList<>();
		for (JsonNode tag : array(body, "tags", "태그 목록")) {
			if (!tag.isString()) {
				throw wrongType("tags", "태그는 문자열의 배열로 보내 주세요. 예: [\"반도체\", \"수출\"]");
			}
			tags.add(printable(tag.asString(), "tags", "태그", false));
		}
		return new Draft(sectionId, headline, subtitle, markdown, reporterIds, tags);
	}

	/** The version the client last read, required to save over it. */
	static int version(JsonNode body) {
		JsonNode version = body.get("version");
		if (version == null || version.isNull()) {
			throw ApiProblem.badRequest("missing_field", "version",
					"고치려면 마지막으로 읽은 판 번호('version')를 보내 주세요. GET /api/v1/drafts/{id}가 알려 줍니다.");
		}
		if (!version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() < 0) {
			throw wrongType("version", "판 번호('version')는 0 이상의 정수여야 합니다.");
		}
		return version.asInt();
	}

	/** When to publish, from a publish request's optional {@code publishAt}; null: now. */
	static OffsetDateTime publishAt(JsonNode body) {
		if (body == null || body.isNull() || body.isMissingNode()) {
			return null;
		}
		object(body, PUBLISH, Set.of());
		JsonNode at = body.get("publishAt");
		if (at == null || at.isNull()) {
			return null;
		}
		if (!at.isString()) {
			throw wrongType("publishAt", "예약 시각('publishAt')은 2026-05-01T09:00:00+09:00처럼 ISO 8601 문자열로 보내 주세요.");
		}
		String text = at.asString().strip();
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeException withoutOffset) {
			try {
				// Without an offset, the time is the newsroom's: KST.
				return LocalDateTime.parse(text).atZone(Kst.ZONE).toOffsetDateTime();
			}
			catch (DateTimeException e) {
				throw wrongType("publishAt", "예약 시각('publishAt')은 2026-05-01T09:00:00+09:00처럼 적어 주세요.");
			}
		}
	}

	/** Whether a publish request marks the story as under embargo. */
	static boolean embargo(JsonNode body) {
		if (body == null || body.isNull() || body.isMissingNode() || !body.has("embargo") || body.get("embargo").isNull()) {
			return false;
		}
		if (!body.get("embargo").isBoolean()) {
			throw wrongType("embargo", "엠바고('embargo')는 true 또는 false로 보내 주세요.");
		}
		return body.get("embargo").asBoolean();
	}

	private static void object(JsonNode body, Set<String> known, Set<String> ignored) {
		if (body == null || body.isNull() || body.isMissingNode()) {
			throw ApiProblem.badRequest("malformed_json", null, "요청 본문에 JSON 객체를 보내 주세요.");
		}
		if (!body.isObject()) {
			throw ApiProblem.badRequest("malformed_json", null, "요청 본문은 JSON 객체({...})여야 합니다.");
		}
		for (String name : body.propertyNames()) {
			if (!known.contains(name) && !ignored.contains(name)) {
				throw ApiProblem.badRequest("unknown_field", printableName(name), "'" + printableName(name)
						+ "'은(는) 이 API가 모르는 필드입니다. 쓸 수 있는 필드: " + String.join(", ", known.stream().sorted().toList()));
			}
		}
	}

	private static String text(JsonNode body, String field, String label, boolean multiline) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw wrongType(field, label + "('" + field + "')은(는) 문자열로 보내 주세요.");
		}
		return printable(value.asString(), field, label, multiline);
	}

	private static Iterable<JsonNode> array(JsonNode body, String field, String label) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw wrongType(field, label + "('" + field + "')은(는) 배열로 보내 주세요.");
		}
		return value.values();
	}

	private static long id(JsonNode value, String field) {
		if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
			throw wrongType(field, "'" + field + "'에는 1 이상의 정수 번호를 보내 주세요.");
		}
		return value.asLong();
	}

	/**
	 * The text if it can be stored and shown: no control characters but tabs and (where the field
	 * has lines) line breaks, and no half of a UTF-16 pair.
	 */
	static String printable(String text, String field, String label, boolean multiline) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c == '\t' || multiline && (c == '\n' || c == '\r');
			if (!allowed && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
				throw ApiProblem.invalid(field, label + "에 쓸 수 없는 제어 문자(U+" + String.format("%04X", (int) c)
						+ ")가 있습니다.");
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw ApiProblem.invalid(field, label + "에 깨진 문자(짝 없는 UTF-16 대리 코드)가 있습니다.");
			}
		}
		return text;
	}

	private static ApiProblem wrongType(String field, String message) {
		return ApiProblem.badRequest("wrong_type", field, message);
	}

	/** A field name as it may be echoed: short, printable. */
	private static String printableName(String name) {
		String cut = name.length() > 40 ? name.substring(0, 40) + "…" : name;
		return cut.codePoints().allMatch(cp -> !Character.isISOControl(cp) && !Character.isSurrogate((char) cp)) ? cut
				: cut.replaceAll("\\p{Cntrl}|\\p{Cs}", "?");
	}
}
