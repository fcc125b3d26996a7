package kr.cjournal.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import kr.cjournal.core.Kst;
import kr.cjournal.newsroom.PublishedArchive;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.newsroom.Reporters;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.people.Directory;
import kr.cjournal.people.DirectoryIndex;
import kr.cjournal.people.Mentions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public read API: published stories in keyset pages narrowed by section, reporter, person
 * and KST dates, the section tree, the reporters and the people of the directory. The same for
 * everyone, so each answer carries a public lifetime of a minute and a weak ETag (the change
 * feed's version for stories, the answer's digest for the rest) and a matching conditional
 * request is a 304. A bad parameter is a 400 naming it.
 */
@RestController
class ReadApiController {

	private static final CacheControl LIFETIME = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	/** The newest stories naming a person that the person filter looks through. */
	static final int PERSON_STORIES_CAP = 5_000;

	private final PublishedArchive archive;

	private final Sections sections;

	private final Reporters reporters;

	private final Mentions mentions;

	private final Directory directory;

	private final DirectoryIndex index;

	private final JsonMapper json;

	private final Paper paper;

	ReadApiController(PublishedArchive archive, Sections sections, Reporters reporters, Mentions mentions,
			Directory directory, DirectoryIndex index, JsonMapper json, Paper paper) {
		this.paper = paper;
		this.archive = archive;
		this.sections = sections;
		this.reporters = reporters;
		this.mentions = mentions;
		this.directory = directory;
		this.index = index;
		this.json = json;
	}

	/** A parameter a client got wrong: 400 with its name. */
	static final class BadParameter extends RuntimeException {

		final String field;

		BadParameter(String field, String message) {
			super(message, null, false, false);
			this.field = field;
		}
	}

	@GetMapping(value = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> articles(@RequestParam(required = false) String section,
			@RequestParam(required = false) String reporter, @RequestParam(required = false) String person,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) String limit,
			WebRequest request) {
		int size = limit(limit);
		List<Long> sectionIds = null;
		if (section != null && !section.isBlank()) {
			Section found = sections.byPath(section.strip().replaceAll("^/+|/+$", ""))
				.orElseThrow(() -> new BadParameter("section", "그런 섹션이 없습니다."));
			sectionIds = withChildren(found);
		}
		Long reporterId = null;
		if (reporter != null && !reporter.isBlank()) {
			reporterId = id("reporter", reporter, "기자 번호는 숫자여야 합니다.");
			if (reporters.findById(reporterId).isEmpty()) {
				throw new BadParameter("reporter", "그런 번호의 기자가 없습니다.");
			}
		}
		Long personId = null;
		if (person != null && !person.isBlank()) {
			personId = id("person", person, "인물 번호는 숫자여야 합니다.");
			if (directory.person(personId).isEmpty()) {
				throw new BadParameter("person", "그런 번호의 인물이 없습니다.");
			}
		}
		LocalDate fromDay = day("from", from);
		LocalDate toDay = day("to", to);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			throw new BadParameter("to", "끝 날짜가 시작 날짜보다 앞섭니다.");
		}
		Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.parse(cursor);

		String etag = "W/\"a" + archive.version().seq() + "\"";
		if (request.checkNotModified(etag)) {
			return notModified(etag);
		}
		List<Long> articleIds = personId == null ? null : mentions.articleIdsMentioningPerson(personId, PERSON_STORIES_CAP);
		PublishedArchive.Filter filter = new PublishedArchive.Filter(sectionIds, reporterId, articleIds,
				fromDay == null ? null : fromDay.atStartOfDay(Kst.ZONE).toOffsetDateTime(),
				toDay == null ? null : toDay.plusDays(1).atStartOfDay(Kst.ZONE).toOffsetDateTime(),
				after == null ? null : after.publishedAt(), after == null ? null : after.id());
		List<PublishedArchive.Listed> found = archive.newest(filter, size + 1);
		boolean more = found.size() > size;
		List<PublishedArchive.Listed> page = more ? found.subList(0, size) : found;
		List<Map<String, Object>> items = new ArrayList<>(page.size());
		for (PublishedArchive.Listed story : page) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", story.id());
			// The same identifier as the story's ninjs uri (GET /api/v1/articles/{id}).
			item.put("uri", paper.absolute("/article/" + story.id()));
			item.put("headline", story.headline());
			item.put("summary", story.summary());
			item.put("section", sections.exists(story.sectionId()) ? sections.byId(story.sectionId()).path() : null);
			item.put("publishedAt", Kst.iso(story.publishedAt()));
			item.put("bylines", story.bylines());
			items.add(item);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("articles", items);
		PublishedArchive.Listed last = more ? page.get(page.size() - 1) : null;
		body.put("next", last == null ? null : new Cursor(last.publishedAt(), last.id()).encode());
		return ok(etag, json.writeValueAsBytes(body));
	}

	@GetMapping(value = "/api/v1/sections", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> sections(WebRequest request) {
		List<Map<String, Object>> tree = new ArrayList<>();
		for (Section top : sections.topLevel()) {
			Map<String, Object> node = section(top);
			List<Map<String, Object>> children = new ArrayList<>();
			for (Section child : sections.childrenOf(top)) {
				Map<String, Object> leaf = section(child);
				leaf.put("children", List.of());
				children.add(leaf);
			}
			node.put("children", children);
			tree.add(node);
		}
		return digested(Map.of("sections", tree), request);
	}

	@GetMapping(value = "/api/v1/reporters", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> reporters(WebRequest request) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Reporter reporter : reporters.all()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", reporter.id());
			item.put("name", reporter.name());
			item.put("url", reporter.url());
			list.add(item);
		}
		return digested(Map.of("reporters", list), request);
	}

	@GetMapping(value = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> people(@RequestParam(required = false) String cursor,
			@RequestParam(required = false) String limit, WebRequest request) {
		int size = limit(limit);
		long afterId = 0;
		if (cursor != null && !cursor.isBlank()) {
			String decoded = decode(cursor);
			if (!decoded.startsWith("p") || !decoded.substring(1).matches("[0-9]{1,18}")) {
				throw new BadParameter("cursor", "cursor 값을 알아볼 수 없습니다. 앞 응답의 next를 그대로 보내 주세요.");
			}
			afterId = Long.parseLong(decoded.substring(1));
		}
		List<DirectoryIndex.Named> found = index.peopleAfter(afterId, size + 1);
		boolean more = found.size() > size;
		List<DirectoryIndex.Named> page = more ? found.subList(0, size) : found;
		List<Map<String, Object>> items = new ArrayList<>();
		for (DirectoryIndex.Named person : page) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", person.id());
			item.put("name", person.name());
			item.put("url", person.url());
			items.add(item);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("people", items);
		body.put("next", more ? encode("p" + page.get(page.size() - 1).id()) : null);
		return digested(body, request);
	}

	@ExceptionHandler(BadParameter.class)
	ResponseEntity<Map<String, String>> bad(BadParameter e) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("error", e.getMessage());
		body.put("field", e.field);
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private List<Long> withChildren(Section section) {
		List<Long> ids = new ArrayList<>();
		ids.add(section.id());
		sections.childrenOf(section).forEach(child -> ids.add(child.id()));
		return ids;
	}

	private static Map<String, Object> section(Section section) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("slug", section.slug());
		node.put("path", section.path());
		node.put("name", section.name());
		node.put("url", section.url());
		return node;
	}

	private ResponseEntity<?> digested(Object body, WebRequest request) {
		byte[] bytes = json.writeValueAsBytes(body);
		String etag = "W/\"" + md5(bytes) + "\"";
		if (request.checkNotModified(etag)) {
			return notModified(etag);
		}
		return ok(etag, bytes);
	}

	private static ResponseEntity<?> ok(String etag, byte[] body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(LIFETIME).eTag(etag).body(body);
	}

	private static ResponseEntity<?> notModified(String etag) {
		return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(LIFETIME).build();
	}

	private static int limit(String value) {
		if (value == null || value.isBlank()) {
			return DEFAULT_LIMIT;
		}
		String message = "limit은 1부터 " + MAX_LIMIT + "까지의 숫자여야 합니다.";
		if (!value.strip().matches("[0-9]{1,4}")) {
			throw new BadParameter("limit", message);
		}
		int limit = Integer.parseInt(value.strip());
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new BadParameter("limit", message);
		}
		return limit;
	}

	private static long id(String field, String value, String message) {
		if (!value.strip().matches("[0-9]{1,18}")) {
			throw new BadParameter(field, message);
		}
		return Long.parseLong(value.strip());
	}

	private static LocalDate day(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new BadParameter(field, field + " 날짜는 2024-05-01처럼 써 주세요.");
		}
	}

	/** Where a page ends: the last story's publication (to the microsecond) and id. */
	record Cursor(OffsetDateTime publishedAt, long id) {

		String encode() {
			Instant at = publishedAt.toInstant();
			return ReadApiController.encode("a" + at.getEpochSecond() + "." + at.getNano() + "." + id);
		}

		static Cursor parse(String value) {
			String decoded = decode(value);
			if (!decoded.matches("a-?[0-9]{1,12}\\.[0-9]{1,9}\\.[0-9]{1,18}")) {
				throw new BadParameter("cursor", "cursor 값을 알아볼 수 없습니다. 앞 응답의 next를 그대로 보내 주세요.");
			}
			String[] parts = decoded.substring(1).split("\\.");
			return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]))
				.atOffset(ZoneOffset.UTC), Long.parseLong(parts[2]));
		}
	}

	private static String encode(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.US_ASCII));
	}

	private static String decode(String value) {
		try {
			return new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.US_ASCII);
		}
		catch (IllegalArgumentException e) {
			throw new BadParameter("cursor", "cursor 값을 알아볼 수 없습니다. 앞 응답의 next를 그대로 보내 주세요.");
		}
	}

	private static String md5(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
