package kr.cjournal.exchange;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import kr.cjournal.exchange.PublishedStory.Named;
import kr.cjournal.exchange.PublishedStory.Picture;
import kr.cjournal.exchange.PublishedStory.Rendition;
import kr.cjournal.media.Image;
import kr.cjournal.media.ImageVariant;
import kr.cjournal.media.Images;
import kr.cjournal.media.MediaStorage;
import kr.cjournal.newsroom.BodyText;
import kr.cjournal.newsroom.PublishedArchive;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.people.Organization;
import kr.cjournal.people.StoryCasts;

/**
 * Published articles with all that travels with them, a batch at a time in ascending id order
 * (keyset paging, so an export of any size holds one batch): the newsroom's stories
 * ({@code PublishedArchive}), the directory's cast of each ({@code StoryCasts}) and media's served
 * sizes of each photo, six queries a batch however much the articles carry.
 */
@Component
class PublishedStories {

	private final PublishedArchive archive;

	private final StoryCasts casts;

	private final Sections sections;

	private final Images images;

	PublishedStories(PublishedArchive archive, StoryCasts casts, Sections sections, Images images) {
		this.archive = archive;
		this.casts = casts;
		this.sections = sections;
		this.images = images;
	}

	/** The published article, or empty when there is none or it is not (or no longer) published. */
	Optional<PublishedStory> find(long id) {
		return archive.story(id).flatMap(story -> complete(List.of(story)).stream().findFirst());
	}

	/** Up to {@code limit} published articles with ids above {@code afterId}, lowest id first. */
	List<PublishedStory> after(long afterId, int limit) {
		return complete(archive.storiesAfter(afterId, limit));
	}

	private List<PublishedStory> complete(List<PublishedArchive.Story> stories) {
		if (stories.isEmpty()) {
			return List.of();
		}
		Map<Long, StoryCasts.Cast> cast = casts.of(stories.stream().map(PublishedArchive.Story::id).toList());
		Map<Long, Image> uploads = uploads(stories);
		return stories.stream().map(story -> {
			Section section = sections.byId(story.sectionId());
			StoryCasts.Cast named = cast.getOrDefault(story.id(), StoryCasts.Cast.NONE);
			return new PublishedStory(story.id(), story.version(), sections.topOf(section), section, story.headline(),
					story.subtitle(), story.bodyHtml(), BodyText.of(story.bodyHtml()), story.summary(), story.createdAt(), story.publishedAt(),
					story.updatedAt(), story.bylines(), story.tags(),
					story.photos().stream().map(photo -> picture(photo, uploads)).toList(),
					named.people().stream().map(PublishedStories::named).toList(),
					named.organisations().stream().map(PublishedStories::named).toList());
		}).toList();
	}

	private static Named named(StoryCasts.Named named) {
		Organization.Listing listing = named.listing();
		return listing == null ? new Named(named.id(), named.name(), null, null)
				: new Named(named.id(), named.name(), listing.code(), listing.market().mic());
	}

	/** The published article's withdrawal, if the desk took it off the site after publication. */
	Optional<PublishedArchive.Withdrawn> withdrawn(long id) {
		return archive.withdrawn(id);
	}

	/** The uploads the batch's photos came from, in one query; a photo without one has its placed copy alone. */
	private Map<Long, Image> uploads(List<PublishedArchive.Story> stories) {
		List<Long> imageIds = stories.stream()
			.flatMap(story -> story.photos().stream())
			.map(PublishedArchive.Photo::imageId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		return imageIds.isEmpty() ? Map.of() : images.findAll(imageIds);
	}

	private static Picture picture(PublishedArchive.Photo photo, Map<Long, Image> uploads) {
		Image upload = photo.imageId() == null ? null : uploads.get(photo.imageId());
		List<Rendition> renditions = upload == null
				? List.of(rendition(photo.mediaKey(), photo.width(), photo.height()))
				: upload.variants().stream().map(PublishedStories::rendition).toList();
		return new Picture(photo.caption(), photo.alt(), photo.credit(), renditions);
	}

	private static Rendition rendition(ImageVariant variant) {
		return rendition(variant.key(), variant.width(), variant.height());
	}

	private static Rendition rendition(String key, int width, int height) {
		return new Rendition(MediaStorage.urlOf(key), width, height, contentType(key));
	}

	/** Served copies are JPEG or PNG (see media); the key's extension says which. */
	static String contentType(String key) {
		String lower = key.toLowerCase(java.util.Locale.ROOT);
		if (lower.endsWith(".png")) {
			return "image/png";
		}
		if (lower.endsWith(".webp")) {
			return "image/webp";
		}
		if (lower.endsWith(".gif")) {
			return "image/gif";
		}
		return "image/jpeg";
	}
}
