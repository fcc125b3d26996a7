package kr.cjournal.newsroom;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import kr.cjournal.media.Image;
import kr.cjournal.media.ImageVariant;
import kr.cjournal.media.Images;

/** Photos placed in stories are uploads of the media module: one query for all of a story's. */
@Component
class MediaPhotoFiles implements PhotoFiles {

	private final Images images;

	MediaPhotoFiles(Images images) {
		this.images = images;
	}

	@Override
	public Map<Long, StoredPhoto> find(Collection<Long> imageIds) {
		Map<Long, StoredPhoto> found = new LinkedHashMap<>();
		images.findAll(imageIds).forEach((id, image) -> found.put(id, stored(image)));
		return found;
	}

	private static StoredPhoto stored(Image image) {
		ImageVariant largest = image.largest();
		return new StoredPhoto(image.id(), largest.key(), largest.url(), image.srcset(), largest.width(), largest.height());
	}
}
