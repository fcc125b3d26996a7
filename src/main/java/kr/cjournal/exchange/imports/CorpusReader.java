package kr.cjournal.exchange.imports;

import java.io.Reader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.cjournal.newsroom.Draft;

/**
 * Reads the JSON Lines of {@code ../shared/bench/corpus.py}, the format of an archive exported
 * from a paper's previous system: one article a line with {@code id}, {@code section},
 * {@code subsection}, {@code title}, {@code subtitle}, {@code reporter_name},
 * {@code reporter_email}, {@code published_at}, {@code body_paragraphs}, {@code image_caption},
 * {@code tags} and {@code people}. The {@code id} is the previous system's article number: it is
 * the story's source key and, when free, its id here. Paragraphs are text, so Markdown's marks
 * in them are escaped. {@code image_caption} is left out: the format carries no picture for it.
 */
final class CorpusReader extends JsonLinesReader {

	CorpusReader(Reader in, JsonMapper json) {
		super(in, json);
	}

	@Override
	ImportItem record(long line, JsonNode node) {
		JsonNode id = node.get("id");
		if (id == null || !id.canConvertToExactIntegral() || !id.canConvertToLong() || id.asLong() <= 0) {
			return new BadRecord(line, null, "id", "기사 번호(id)는 1 이상의 정수여야 합니다.");
		}
		String key = Long.toString(id.asLong());
		Fields fields = new Fields(line, key, node);
		String title = fields.text("title", true);
		String section = fields.text("section", true);
		String subsection = fields.text("subsection", false);
		String subtitle = fields.text("subtitle", false);
		String reporter = fields.text("reporter_name", true);
		String email = fields.text("reporter_email", false);
		String published = fields.text("published_at", true);
		List<String> paragraphs = fields.strings("body_paragraphs", true);
		List<String> tags = fields.strings("tags", false);
		List<String> people = fields.strings("people", false);
		if (fields.bad != null) {
			return fields.bad;
		}
		OffsetDateTime publishedAt;
		try {
			publishedAt = OffsetDateTime.parse(published);
		}
		catch (DateTimeParseException e) {
			return new BadRecord(line, key, "published_at", "시각은 ISO-8601(예: 2024-01-02T06:32:58+09:00)로 써야 합니다.");
		}
		List<String> blocks = paragraphs.stream().filter(p -> !p.isBlank()).map(Draft::escapeMarkdown).toList();
		if (blocks.isEmpty()) {
			return new BadRecord(line, key, "body_paragraphs", "본문이 비어 있습니다.");
		}
		List<ImportRecord.Problem> problems = new ArrayList<>();
		List<String> keptTags = Tags.kept(tags, problems);
		return new ImportRecord(line, "legacy", key, id.asLong(), section, subsection, title, subtitle,
				List.of(new ImportRecord.Byline(reporter, email)), publishedAt, null, String.join("\n\n", blocks), List.of(),
				keptTags,
				people.stream().map(name -> new ImportRecord.Named(ImportRecord.Named.Kind.PERSON, name, null)).toList(),
				List.of(), problems);
	}

	/** Reads fields of one record, remembering the first that is wrong. */
	private static final class Fields {

		private final long line;

		private final String key;

		private final JsonNode node;

		private BadRecord bad;

		Fields(long line, String key, JsonNode node) {
			this.line = line;
			this.key = key;
			this.node = node;
		}

		String text(String name, boolean required) {
			JsonNode value = node.get(name);
			if (value == null || value.isNull()) {
				if (required) {
					fail(name, "'" + name + "' 값이 없습니다.");
				}
				return null;
			}
			if (!value.isString()) {
				fail(name, "'" + name + "' 은(는) 문자열이어야 합니다.");
				return null;
			}
			String text = value.asString();
			if (required && text.isBlank()) {
				fail(name, "'" + name + "' 이(가) 비어 있습니다.");
			}
			return text;
		}

		List<String> strings(String name, boolean required) {
			JsonNode value = node.get(name);
			if (value == null || value.isNull()) {
				if (required) {
					fail(name, "'" + name + "' 값이 없습니다.");
				}
				return List.of();
			}
			if (!value.isArray()) {
				fail(name, "'" + name + "' 은(는) 문자열 배열이어야 합니다.");
				return List.of();
			}
			List<String> strings = new ArrayList<>(value.size());
			for (JsonNode element : value) {
				if (!element.isString()) {
					fail(name, "'" + name + "' 에 문자열이 아닌 값이 있습니다.");
					return List.of();
				}
				strings.add(element.asString());
			}
			return strings;
		}

		private void fail(String field, String reason) {
			if (bad == null) {
				bad = new BadRecord(line, key, field, reason);
			}
		}
	}
}
