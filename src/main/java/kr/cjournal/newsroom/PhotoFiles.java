package kr.cjournal.newsroom;

import java.util.Collection;
import java.util.Map;

/**
 * Where the newsroom learns what a photo placed in a story looks like on the page: its served
 * URL, responsive sources and size. The media module answers it.
 */
interface PhotoFiles {

	/** The stored photos among {@code imageIds}, in one lookup; unknown ids are left out. */
	Map<Long, StoredPhoto> find(Collection<Long> imageIds);

	/**
	 * @param mediaKey the key of the variant used for social cards and list thumbnails
	 * @param srcset responsive sources, e.g. {@code /media/a.jpg 480w, /media/b.jpg 960w}
	 */
	record StoredPhoto(long imageId, String mediaKey, String url, String srcset, int width, int height) {
	}
}
