package kr.cjournal.media;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where media files live and what an upload may be. Defaults are in {@code application.yml}.
 *
 * @param dir the directory served at {@code /media/}; {@code ${cjournal.data-dir}/media} by default
 * @param originalsDir where uploaded originals are kept, never served; must lie outside {@code dir}
 * @param maxFileSize the largest upload accepted
 * @param maxSide the widest or tallest picture accepted, in pixels
 * @param maxPixels the most pixels a picture may have (width times height)
 * @param widths the widths, in pixels, of the variants readers are served
 * @param jpegQuality the JPEG quality variants are encoded with, 0 to 1
 */
@ConfigurationProperties("cjournal.media")
record MediaSettings(Path dir, Path originalsDir, DataSize maxFileSize, int maxSide, long maxPixels,
		List<Integer> widths, float jpegQuality) {

	MediaSettings {
		widths = widths.stream().sorted().distinct().toList();
		if (widths.isEmpty() || widths.get(0) < 1) {
			throw new IllegalArgumentException("cjournal.media.widths needs at least one positive width: " + widths);
		}
	}

	/** The widest variant any picture gets. */
	int widestVariant() {
		return widths.get(widths.size() - 1);
	}
}
