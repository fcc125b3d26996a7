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

/** Media files in a directory on this node, named by the SHA-256 of their content. */
@Component
class LocalMediaStorage implements MediaStorage {

	private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,5}");

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}\\.[a-z0-9]{1,5}");

	private final Path root;

	LocalMediaStorage(MediaSettings settings) {
		this.root = settings.dir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(root);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the media directory " + root, e);
		}
	}

	Path root() {
		return root;
	}

	@Override
	public String store(byte[] content, String extension) {
		if (!EXTENSION.matcher(extension).matches()) {
			throw new IllegalArgumentException("Bad file extension: " + extension);
		}
		String hash = sha256(content);
		String key = hash.substring(0, 2) + "/" + hash + "." + extension;
		Path target = root.resolve(key);
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

	@Override
	public Optional<byte[]> read(String key) {
		if (!KEY.matcher(key).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readAllBytes(root.resolve(key)));
		}
		catch (NoSuchFileException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
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
