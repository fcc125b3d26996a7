package kr.cjournal.newsroom;

import kr.cjournal.media.MediaStorage;

/** A photo attached to an article, with what readers need to see it and understand it. */
public record Photo(String mediaKey, int width, int height, String caption, String alt, String credit) {

	public String url() {
		return MediaStorage.urlOf(mediaKey);
	}
}
