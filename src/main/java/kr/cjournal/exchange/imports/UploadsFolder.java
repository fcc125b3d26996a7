package kr.cjournal.exchange.imports;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of a WordPress site's {@code wp-content/uploads} folder: where the file of a picture's
 * address is. {@code https://paper.kr/wp-content/uploads/2024/01/x.jpg} is
 * {@code <folder>/2024/01/x.jpg}; for a copy WordPress resized ({@code x-1024x683.jpg}) the original
 * {@code x.jpg} is taken when it is there. Nothing outside the folder is ever answered, and nothing
 * is downloaded.
 */
final class UploadsFolder {

	private static final String UPLOADS = "/wp-content/uploads/";

	private static final Pattern RESIZED = Pattern.compile("^(.+)-\\d{1,5}x\\d{1,5}(\\.[A-Za-z0-9]{1,5})$");

	private static final Pattern MULTISITE = Pattern.compile("^sites/\\d+/(.+)$");

	private final Path folder;

	/** @param folder the uploads folder, or null when the import has none (no picture is found) */
	UploadsFolder(Path folder) {
		Path real = null;
		if (folder != null) {
			try {
				real = folder.toRealPath();
			}
			catch (IOException e) {
				real = null;
			}
		}
		this.folder = real;
	}

	/** The picture's original file when the folder has it. */
	Optional<Path> find(String url) {
		String relative = relative(url);
		if (folder == null || relative == null) {
			return Optional.empty();
		}
		Optional<Path> found = original(relative);
		Matcher multisite = MULTISITE.matcher(relative);
		return found.isPresent() || !multisite.matches() ? found : original(multisite.group(1));
	}

	/**
	 * The address with the size WordPress gave a resized copy taken off, so a picture of the body and
	 * the attachment it was cut from are told to be one.
	 */
	static String originalUrl(String url) {
		if (url == null) {
			return "";
		}
		String bare = url.strip();
		int query = bare.indexOf('?');
		bare = query < 0 ? bare : bare.substring(0, query);
		Matcher resized = RESIZED.matcher(bare);
		return resized.matches() ? resized.group(1) + resized.group(2) : bare;
	}

	private Optional<Path> original(String relative) {
		Matcher resized = RESIZED.matcher(relative);
		if (resized.matches()) {
			Optional<Path> original = file(resized.group(1) + resized.group(2));
			if (original.isPresent()) {
				return original;
			}
		}
		return file(relative);
	}

	private Optional<Path> file(String relative) {
		try {
			Path candidate = folder.resolve(relative).normalize();
			if (!candidate.startsWith(folder) || !Files.isRegularFile(candidate)) {
				return Optional.empty();
			}
			Path real = candidate.toRealPath();
			return real.startsWith(folder) ? Optional.of(real) : Optional.empty();
		}
		catch (InvalidPathException | IOException e) {
			return Optional.empty();
		}
	}

	/** The path under {@code wp-content/uploads/}, decoded, or null for an address elsewhere. */
	private static String relative(String url) {
		if (url == null || url.length() > 2000) {
			return null;
		}
		String bare = url.strip();
		int cut = indexOfAny(bare, '?', '#');
		bare = cut < 0 ? bare : bare.substring(0, cut);
		int at = bare.indexOf(UPLOADS);
		if (at < 0) {
			return null;
		}
		String relative;
		try {
			relative = URLDecoder.decode(bare.substring(at + UPLOADS.length()).replace("+", "%2B"),
					StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		if (relative.isEmpty() || relative.contains("\\") || relative.indexOf('\0') >= 0 || relative.startsWith("/")) {
			return null;
		}
		for (String part : relative.split("/")) {
			if (part.equals("..") || part.equals(".")) {
				return null;
			}
		}
		return relative;
	}

	private static int indexOfAny(String text, char a, char b) {
		int i = text.indexOf(a);
		int j = text.indexOf(b);
		return i < 0 ? j : j < 0 ? i : Math.min(i, j);
	}
}
