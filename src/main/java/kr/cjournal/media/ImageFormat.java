package kr.cjournal.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The picture formats staff may upload, recognised by their first bytes. A file's name and the
 * content type a browser sends say only what the file claims to be; the bytes say what it is.
 */
enum ImageFormat {

	JPEG("image/jpeg", "jpg", "jpeg"),

	PNG("image/png", "png", "png"),

	GIF("image/gif", "gif", "gif"),

	WEBP("image/webp", "webp", "webp");

	private static final byte[] JPEG_START = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] GIF87 = ascii("GIF87a");

	private static final byte[] GIF89 = ascii("GIF89a");

	private static final byte[] RIFF = ascii("RIFF");

	private static final byte[] WEBP_TAG = ascii("WEBP");

	private final String contentType;

	private final String extension;

	private final String readerName;

	ImageFormat(String contentType, String extension, String readerName) {
		this.contentType = contentType;
		this.extension = extension;
		this.readerName = readerName;
	}

	String contentType() {
		return contentType;
	}

	String extension() {
		return extension;
	}

	/** The format the bytes are in, or empty when they are none of ours (text, PDF, HEIC ...). */
	static Optional<ImageFormat> of(byte[] bytes) {
		if (startsWith(bytes, 0, JPEG_START)) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, 0, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, 0, GIF87) || startsWith(bytes, 0, GIF89)) {
			return Optional.of(GIF);
		}
		// RIFF, 4 bytes of length, then the form type.
		if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_TAG)) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	/** A new reader for this format; the caller disposes of it. */
	ImageReader newReader() {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(readerName);
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + this + "; is TwelveMonkeys on the class path?");
		}
		return readers.next();
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		return bytes.length >= offset + prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
