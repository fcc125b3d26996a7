package kr.cjournal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Media files in directories on this node, named by the SHA-256 of their content: served files
 * in one directory, uploaded originals in another that is never served.
 */
@Component
class LocalMediaStorage implements MediaStorage {

	private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,5}");

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}\\.[a-z0-9]{1,5}");

	private final Path root;

	private final Path originals;

	LocalMediaStorage(MediaSettings settings) {
		this.root = createDirectory(settings.dir());
		this.originals = createDirectory(settings.originalsDir());
		// Everything under the served directory is public, so originals there would leak GPS data.
		if (originals.startsWith(root)) {
			throw new IllegalStateException("cjournal.media.originals-dir (" + originals
					+ ") must lie outside the served cjournal.media.dir (" + root + ")");
		}
	}

	Path root() {
		return root;
	}

	@Override
	public String store(byte[] content, String extension) {
		return write(root, content, extension);
	}

	@Override
	public Optional<byte[]> read(String key) {
		return read(root, key);
	}

	@Override
	public String storeOriginal(byte[] content, String extension) {
		return write(originals, content, extension);
	}

	@Override
	public Optional<byte[]> readOriginal(String key) {
		return read(originals, key);
	}

	private static String write(Path directory, byte[] content, String extension) {
		if (!EXTENSION.matcher(extension).matches()) {
			throw new IllegalArgumentException("Bad file extension: " + extension);
		}
		String hash = sha256(content);
		String key = hash.substring(0, 2) + "/" + hash + "." + extension;
		Path target = directory.resolve(key);
		try {
			if (Files.exists(target)) {
				return key;
			}
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload", ".tmp");
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store media file " + key, e);
		}
	}

	private static Optional<byte[]> read(Path directory, String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readAllBytes(directory.resolve(key)));
		}
		catch (NoSuchFileException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path createDirectory(Path directory) {
		Path absolute = directory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(absolute);
			return absolute;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the media directory " + absolute, e);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
