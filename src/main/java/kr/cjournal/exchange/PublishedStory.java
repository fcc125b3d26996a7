package kr.cjournal.exchange;

import java.time.OffsetDateTime;
import java.util.List;

import kr.cjournal.newsroom.Section;

/**
 * A published article with everything that travels with it to another system: its text, where
 * it ran, who wrote it, its tags, its photos and the people and organisations it names.
 * {@code updatedAt} is null unless corrected; {@code version} counts the desk's saves;
 * {@code bodyText} is the body as plain text (newsroom's {@code BodyText}).
 */
record PublishedStory(long id, int version, Section topSection, Section section, String headline, String subtitle,
		String bodyHtml, String bodyText, String summary, OffsetDateTime createdAt, OffsetDateTime publishedAt,
		OffsetDateTime updatedAt, List<String> bylines, List<String> tags, List<Picture> pictures,
		List<Named> people, List<Named> organisations) {

	/** The time of the version readers see now: the last correction, else the first publication. */
	OffsetDateTime versionCreated() {
		return updatedAt == null ? publishedAt : updatedAt;
	}

	/** A photo as placed in the story, with every size readers are served (narrowest first). */
	record Picture(String caption, String alt, String credit, List<Rendition> renditions) {
	}

	/** One served size: a path under {@code /media/}, its pixels and format. */
	record Rendition(String path, int width, int height, String contentType) {
	}

	/**
	 * A person or organisation of the directory named in the story; a listed company has its stock
	 * code ({@code ticker}) and the ISO 10383 code of its market ({@code exchange}), others nulls.
	 */
	record Named(long id, String name, String ticker, String exchange) {
	}
}
