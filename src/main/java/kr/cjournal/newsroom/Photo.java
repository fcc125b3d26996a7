package kr.cjournal.newsroom;

import kr.cjournal.media.MediaStorage;

/** A photo attached to an article, with what readers need to see it and understand it. */
public record Photo(String mediaKey, int width, int height, String caption, String alt, String credit,
		String srcset) {

	/** The largest copy: for social cards and where no {@code srcset} can be given. */
	public String url() {
		return MediaStorage.urlOf(mediaKey);
	}

	/** Smaller copies for lists, e.g. {@code /media/a.jpg 480w, ...}; the largest alone when there are none. */
	public String sources() {
		return srcset == null || srcset.isBlank() ? url() + " " + width + "w" : srcset;
	}
}
