package kr.cjournal.site;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** schema.org JSON-LD as text that is safe inside a {@code <script>} element. */
final class JsonLd {

	private JsonLd() {
	}

	static String write(JsonMapper json, Map<String, Object> data) {
		// "</script>" inside a string must not end the element; \u003c is the same JSON string.
		return json.writeValueAsString(data).replace("<", "\\u003c");
	}
}
