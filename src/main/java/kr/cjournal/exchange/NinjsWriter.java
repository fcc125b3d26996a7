package kr.cjournal.exchange;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kr.cjournal.core.Kst;
import kr.cjournal.exchange.PublishedStory.Named;
import kr.cjournal.exchange.PublishedStory.Picture;
import kr.cjournal.exchange.PublishedStory.Rendition;
import kr.cjournal.newsroom.PublishedArchive;
import kr.cjournal.newsroom.Section;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a published story as one IPTC ninjs 2.1 document, property by property onto a streaming
 * generator, so one story or a whole archive costs the same memory. Only properties of the 2.1
 * schema are written (it forbids any other); links are absolute, on the site's base URL. The body
 * comes twice, as {@code text/html} and as {@code text/plain} (blocks separated by a blank line);
 * a listed company among {@code organisations} carries {@code symbols}: its stock code as
 * {@code ticker} and its market's ISO 10383 MIC as {@code exchange} (XKRX for KOSPI, XKOS for
 * KOSDAQ, XKON for KONEX; see people's {@code StockMarket}).
 */
@Component
class NinjsWriter {

	static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json#";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final String baseUrl;

	private final String siteName;

	NinjsWriter(@Value("${cjournal.site.base-url:}") String baseUrl, @Value("${cjournal.site.name:}") String siteName) {
		this.baseUrl = baseUrl.replaceFirst("/+$", "");
		this.siteName = siteName;
	}

	/** The story's canonical address, which is also its ninjs {@code uri}. */
	String uri(long articleId) {
		return baseUrl + "/article/" + articleId;
	}

	void write(PublishedStory story, JsonGenerator out) {
		out.writeStartObject();
		out.writeStringProperty("uri", uri(story.id()));
		standard(out);
		out.writeStringProperty("type", "text");
		out.writeStringProperty("representationtype", "full");
		out.writeStringProperty("version", Integer.toString(story.version()));
		out.writeStringProperty("firstcreated", time(firstCreated(story)));
		out.writeStringProperty("versioncreated", time(story.versionCreated()));
		out.writeStringProperty("pubstatus", "usable");
		out.writeStringProperty("language", "ko");
		if (!siteName.isBlank()) {
			out.writeStringProperty("copyrightholder", siteName);
		}
		out.writeArrayPropertyStart("headlines");
		text(out, "main", "text/plain", story.headline());
		if (story.subtitle() != null) {
			text(out, "sub", "text/plain", story.subtitle());
		}
		out.writeEndArray();
		if (story.summary() != null && !story.summary().isBlank()) {
			out.writeArrayPropertyStart("descriptions");
			text(out, "summary", "text/plain", story.summary());
			out.writeEndArray();
		}
		out.writeArrayPropertyStart("bodies");
		text(out, "main", "text/html", story.bodyHtml());
		if (!story.bodyText().isEmpty()) {
			text(out, "main", "text/plain", story.bodyText());
		}
		out.writeEndArray();
		if (!story.bylines().isEmpty()) {
			out.writeStringProperty("by", story.bylines().stream().map(name -> name + " 기자")
				.collect(Collectors.joining(", ")));
		}
		subjects(story, out);
		entities(out, "people", "/people/", story.people());
		entities(out, "organisations", "/company/", story.organisations());
		pictures(story, out);
		out.writeEndObject();
	}

	/**
	 * The document of a story the desk withdrew after publication: {@code pubstatus} canceled,
	 * {@code versioncreated} the time it was withdrawn, and nothing of its words (no headline, no
	 * body, no people), since a withdrawn story's text is not served any more.
	 */
	void writeCanceled(PublishedArchive.Withdrawn story, JsonGenerator out) {
		out.writeStartObject();
		out.writeStringProperty("uri", uri(story.id()));
		standard(out);
		out.writeStringProperty("type", "text");
		out.writeStringProperty("representationtype", "partial");
		out.writeStringProperty("version", Integer.toString(story.version()));
		out.writeStringProperty("versioncreated", time(story.withdrawnAt()));
		out.writeStringProperty("pubstatus", "canceled");
		out.writeStringProperty("language", "ko");
		out.writeEndObject();
	}

	private static void standard(JsonGenerator out) {
		out.writeObjectPropertyStart("standard");
		out.writeStringProperty("name", "ninjs");
		out.writeStringProperty("version", "2.1");
		out.writeStringProperty("schema", SCHEMA);
		out.writeEndObject();
	}

	/**
	 * When the story came into being: its first publication, or its creation here when that was
	 * earlier (an imported archive story is created long after it was first published).
	 */
	private static OffsetDateTime firstCreated(PublishedStory story) {
		if (story.createdAt() == null || story.createdAt().isAfter(story.publishedAt())) {
			return story.publishedAt();
		}
		return story.createdAt();
	}

	private static String time(OffsetDateTime at) {
		return TIME.format(at.atZoneSameInstant(Kst.ZONE).toOffsetDateTime());
	}

	private static void text(JsonGenerator out, String role, String contentType, String value) {
		out.writeStartObject();
		out.writeStringProperty("role", role);
		out.writeStringProperty("contenttype", contentType);
		out.writeStringProperty("value", value);
		out.writeEndObject();
	}

	/** The section the story ran in (and its parent section), then the desk's tags. */
	private void subjects(PublishedStory story, JsonGenerator out) {
		out.writeArrayPropertyStart("subjects");
		if (story.section().isSubsection()) {
			section(out, story.topSection());
		}
		section(out, story.section());
		for (String tag : story.tags()) {
			out.writeStartObject();
			out.writeStringProperty("name", tag);
			out.writeStringProperty("rel", "tag");
			out.writeEndObject();
		}
		out.writeEndArray();
	}

	private void section(JsonGenerator out, Section section) {
		out.writeStartObject();
		out.writeStringProperty("name", section.name());
		out.writeStringProperty("rel", "section");
		out.writeStringProperty("uri", baseUrl + section.url());
		out.writeEndObject();
	}

	private void entities(JsonGenerator out, String property, String path, List<Named> named) {
		if (named.isEmpty()) {
			return;
		}
		out.writeArrayPropertyStart(property);
		for (Named entity : named) {
			out.writeStartObject();
			out.writeStringProperty("name", entity.name());
			out.writeStringProperty("rel", "mentioned");
			out.writeStringProperty("uri", baseUrl + path + entity.id());
			if (entity.ticker() != null) {
				out.writeArrayPropertyStart("symbols");
				out.writeStartObject();
				out.writeStringProperty("ticker", entity.ticker());
				out.writeStringProperty("exchange", entity.exchange());
				out.writeEndObject();
				out.writeEndArray();
			}
			out.writeEndObject();
		}
		out.writeEndArray();
	}

	/** Each photo as an associated picture whose renditions are the sizes readers are served. */
	private void pictures(PublishedStory story, JsonGenerator out) {
		if (story.pictures().isEmpty()) {
			return;
		}
		out.writeArrayPropertyStart("associations");
		int number = 0;
		for (Picture picture : story.pictures()) {
			number++;
			List<Rendition> renditions = picture.renditions();
			out.writeStartObject();
			out.writeStringProperty("name", "photo" + number);
			out.writeStringProperty("uri", baseUrl + renditions.get(renditions.size() - 1).path());
			out.writeStringProperty("type", "picture");
			out.writeStringProperty("pubstatus", "usable");
			if (picture.credit() != null && !picture.credit().isBlank()) {
				out.writeStringProperty("by", picture.credit());
			}
			out.writeArrayPropertyStart("descriptions");
			text(out, "caption", "text/plain", picture.caption());
			if (picture.alt() != null && !picture.alt().isBlank()) {
				text(out, "alt", "text/plain", picture.alt());
			}
			out.writeEndArray();
			out.writeArrayPropertyStart("renditions");
			for (Rendition rendition : renditions) {
				out.writeStartObject();
				out.writeStringProperty("name", rendition.width() + "w");
				out.writeStringProperty("href", baseUrl + rendition.path());
				out.writeStringProperty("contenttype", rendition.contentType());
				out.writeNumberProperty("width", rendition.width());
				out.writeNumberProperty("height", rendition.height());
				out.writeEndObject();
			}
			out.writeEndArray();
			out.writeEndObject();
		}
		out.writeEndArray();
	}
}
