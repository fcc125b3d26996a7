package kr.cjournal.media;

/** One served size of an image: a JPEG or PNG without metadata, at {@link #url()}. */
public record ImageVariant(String key, int width, int height) {

	public String url() {
		return MediaStorage.urlOf(key);
	}
}
