package kr.cjournal.exchange.imports;

import java.io.Reader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.cjournal.newsroom.Draft;

/**
 * Reads IPTC ninjs 2.x documents, one a line (what {@code export} writes, and what wire and
 * partner systems send): {@code uri} is the source key (and, for {@code .../article/N}, N the
 * number to keep), {@code headlines} give title and subtitle, {@code bodies} the text (the
 * {@code text/plain} body when there is one, else the {@code text/html} one turned into
 * Markdown), {@code by} the reporters, {@code subjects} the section ({@code rel: section}) and
 * tags, {@code people} and {@code organisations} the directory entries, {@code firstcreated}
 * and {@code versioncreated} the times. Stories that are not {@code usable} (withdrawn, held
 * back) and stories this site already has (its own address and number) are reported, not imported. Pictures come as addresses
 * only, so they are left out and said to be.
 */
final class NinjsReader extends JsonLinesReader {

	private static final Pattern ARTICLE_NUMBER = Pattern.compile("/article/(\\d{1,18})$");

	private static final Pattern BYLINE_ROLE = Pattern.compile("\\s*(선임기자|수석기자|인턴기자|객원기자|특파원|기자)$");

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

	private final Predicate<String> ownUri;

	/** @param ownUri whether a document's {@code uri} is a story this site has already (it is not imported again) */
	NinjsReader(Reader in, JsonMapper json, Predicate<String> ownUri) {
		super(in, json);
		this.ownUri = ownUri;
	}

	@Override
	ImportItem record(long line, JsonNode node) {
		try {
			return document(line, node);
		}
		catch (Bad bad) {
			JsonNode uri = node.get("uri");
			return new BadRecord(line, uri != null && uri.isString() ? clip(uri.asString()) : null, bad.field,
					bad.getMessage());
		}
	}

	private ImportItem document(long line, JsonNode node) {
		String uri = string(node, "uri");
		if (uri == null || uri.isBlank() || uri.length() > 500) {
			throw new Bad("uri", "uri가 없거나 500자를 넘습니다.");
		}
		if (ownUri.test(uri)) {
			throw new Bad("uri", "이 사이트에 이미 있는 기사라 다시 가져오지 않았습니다.");
		}
		String type = string(node, "type");
		if (type != null && !type.equals("text")) {
			throw new Bad("type", "글 기사(type: text)만 가져옵니다: " + clip(type));
		}
		String status = string(node, "pubstatus");
		if (status != null && !status.equals("usable")) {
			throw new Bad("pubstatus", status.equals("canceled") ? "출고가 취소된 기사(canceled)라 가져오지 않았습니다."
					: "내보내지 않은 기사(" + clip(status) + ")라 가져오지 않았습니다.");
		}
		String headline = null;
		String subtitle = null;
		for (JsonNode h : array(node, "headlines")) {
			String role = string(h, "role");
			String value = text(h);
			if (headline == null && (role == null || role.equals("main"))) {
				headline = value;
			}
			else if (subtitle == null && "sub".equals(role)) {
				subtitle = value;
			}
		}
		if (headline == null || headline.isBlank()) {
			throw new Bad("headlines", "제목(headlines의 main)이 없습니다.");
		}
		String body = body(node);
		if (body.isBlank()) {
			throw new Bad("bodies", "본문(bodies)이 비어 있습니다.");
		}
		OffsetDateTime first = time(node, "firstcreated");
		OffsetDateTime version = time(node, "versioncreated");
		OffsetDateTime published = first != null ? first : version;
		if (published == null) {
			throw new Bad("firstcreated", "처음 출고한 시각(firstcreated 또는 versioncreated)이 없습니다.");
		}
		List<ImportRecord.Byline> bylines = new ArrayList<>();
		String by = string(node, "by");
		if (by != null) {
			for (String name : by.split("[,·/]")) {
				String plain = BYLINE_ROLE.matcher(HtmlToMarkdown.text(name)).replaceFirst("").strip();
				if (!plain.isEmpty()) {
					bylines.add(new ImportRecord.Byline(plain, null));
				}
			}
		}
		if (bylines.isEmpty()) {
			throw new Bad("by", "기자 이름(by)이 없습니다.");
		}
		List<String> sections = new ArrayList<>();
		List<String> tags = new ArrayList<>();
		for (JsonNode subject : array(node, "subjects")) {
			String name = string(subject, "name");
			if (name == null || name.isBlank()) {
				continue;
			}
			if ("section".equals(string(subject, "rel"))) {
				sections.add(name.strip());
			}
			else {
				tags.add(name.strip());
			}
		}
		List<ImportRecord.Named> named = new ArrayList<>();
		entities(node, "people", ImportRecord.Named.Kind.PERSON, named);
		entities(node, "organisations", ImportRecord.Named.Kind.ORGANIZATION, named);
		List<ImportRecord.Problem> problems = new ArrayList<>();
		List<String> keptTags = Tags.kept(tags, problems);
		if (!array(node, "associations").isEmpty()) {
			problems.add(new ImportRecord.Problem("associations", "사진은 주소로만 와서 가져오지 않았습니다."));
		}
		Matcher number = ARTICLE_NUMBER.matcher(uri);
		Long preferred = number.find() ? Long.valueOf(number.group(1)) : null;
		return new ImportRecord(line, "ninjs", uri, preferred, sections.isEmpty() ? "일반" : sections.get(0),
				sections.size() > 1 ? sections.get(1) : null, headline, subtitle, bylines, published,
				version != null && version.isAfter(published) ? version : null, body, List.of(), keptTags, named, List.of(),
				problems);
	}

	/** The body as Markdown: the plain-text body's paragraphs, else the HTML body converted. */
	private static String body(JsonNode node) {
		String html = null;
		for (JsonNode body : array(node, "bodies")) {
			String role = string(body, "role");
			if (role != null && !role.equals("main")) {
				continue;
			}
			String type = string(body, "contenttype");
			String value = string(body, "value");
			if (value == null) {
				continue;
			}
			if (type == null || type.equals("text/plain")) {
				return PARAGRAPH_BREAK.splitAsStream(value)
					.map(String::strip)
					.filter(p -> !p.isEmpty())
					.map(p -> Draft.escapeMarkdown(LINE_BREAK.matcher(p).replaceAll(" ")))
					.collect(java.util.stream.Collectors.joining("\n\n"));
			}
			if (html == null && (type.equals("text/html") || type.equals("application/xhtml+xml"))) {
				html = value;
			}
		}
		return html == null ? "" : HtmlToMarkdown.convert(html, HtmlToMarkdown.ImageSink.NONE);
	}

	private static void entities(JsonNode node, String property, ImportRecord.Named.Kind kind,
			List<ImportRecord.Named> named) {
		for (JsonNode entity : array(node, property)) {
			String name = string(entity, "name");
			if (name != null && !name.isBlank()) {
				named.add(new ImportRecord.Named(kind, name.strip(), string(entity, "uri")));
			}
		}
	}

	/** A headline's words as text: HTML headlines lose their markup. */
	private static String text(JsonNode headline) {
		String value = string(headline, "value");
		if (value == null) {
			return null;
		}
		String type = string(headline, "contenttype");
		return type != null && type.contains("html") ? HtmlToMarkdown.text(value) : value.strip();
	}

	private static OffsetDateTime time(JsonNode node, String field) {
		String value = string(node, field);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new Bad(field, "시각은 ISO-8601(예: 2024-01-02T06:32:58+09:00)로 써야 합니다.");
		}
	}

	private static List<JsonNode> array(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new Bad(field, "'" + field + "' 은(는) 배열이어야 합니다.");
		}
		List<JsonNode> elements = new ArrayList<>(value.size());
		for (JsonNode element : value) {
			if (!element.isObject()) {
				throw new Bad(field, "'" + field + "' 에 객체가 아닌 값이 있습니다.");
			}
			elements.add(element);
		}
		return elements;
	}

	private static String string(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new Bad(field, "'" + field + "' 은(는) 문자열이어야 합니다.");
		}
		return value.asString();
	}

	private static String clip(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	/** A field that makes the document unimportable. */
	private static final class Bad extends RuntimeException {

		final String field;

		Bad(String field, String reason) {
			super(reason, null, false, false);
			this.field = field;
		}
	}
}
