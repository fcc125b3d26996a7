package kr.cjournal.people.recognition;

import tools.jackson.databind.JsonNode;

/** Reads the string fields of a JSON request, refusing a field that is there but not a string. */
final class JsonFields {

	private JsonFields() {
	}

	/** The field's text, stripped; null when missing, null or blank. */
	static String optional(JsonNode body, String field, int maxLength) {
		JsonNode value = body == null ? null : body.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new BadInput(field, "'" + field + "'는 문자열이어야 합니다.");
		}
		String text = value.asString().strip();
		if (text.length() > maxLength) {
			throw new BadInput(field, "'" + field + "'는 " + maxLength + "자를 넘을 수 없습니다.");
		}
		return text.isEmpty() ? null : text;
	}

	static String required(JsonNode body, String field, int maxLength) {
		String text = optional(body, field, maxLength);
		if (text == null) {
			throw new BadInput(field, "'" + field + "'를 적어 주세요.");
		}
		return text;
	}
}
