package kr.cjournal.media;

import java.util.Optional;

/**
 * Where media files live. Keys are derived from the content, so a key never points at different
 * bytes and readers' browsers and CDNs may cache a file for as long as they like.
 */
public interface MediaStorage {

	/** Stores the bytes and returns their key, e.g. {@code 3f/3fa9...c1.jpg}. */
	String store(byte[] content, String extension);

	/** The stored bytes of a key, or empty when there is no such file. */
	Optional<byte[]> read(String key);

	/** The path readers fetch a key from. */
	static String urlOf(String key) {
		return "/media/" + key;
	}
}
