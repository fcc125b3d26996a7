package kr.cjournal.media;

import java.util.Optional;

/**
 * Where media files live. Keys are derived from the content, so a key never points at different
 * bytes and readers' browsers and CDNs may cache a file for as long as they like.
 * <p>
 * There are two areas: served files, which readers fetch at {@link #urlOf(String)}, and
 * originals, the files as staff uploaded them. Originals may carry where a photo was taken, so
 * no reader ever gets one; only resized copies without metadata are served.
 */
public interface MediaStorage {

	/** Stores the bytes where readers can fetch them and returns their key, e.g. {@code 3f/3fa9...c1.jpg}. */
	String store(byte[] content, String extension);

	/** The stored bytes of a served key, or empty when there is no such file. */
	Optional<byte[]> read(String key);

	/** Keeps an uploaded original where readers cannot fetch it and returns its key. */
	String storeOriginal(byte[] content, String extension);

	/** The bytes of a kept original, or empty when there is no such file. */
	Optional<byte[]> readOriginal(String key);

	/** The path readers fetch a key from. */
	static String urlOf(String key) {
		return "/media/" + key;
	}
}
