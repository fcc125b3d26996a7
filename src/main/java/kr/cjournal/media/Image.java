package kr.cjournal.media;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An uploaded picture and the sizes readers are served.
 *
 * @param id the upload's number, what articles refer to
 * @param contentType the uploaded file's format, e.g. {@code image/webp}; variants are JPEG or PNG
 * @param width the upright picture's width as uploaded
 * @param height the upright picture's height as uploaded
 * @param variants the served sizes, narrowest first; never wider than the upload
 */
public record Image(long id, String contentType, int width, int height, List<ImageVariant> variants) {

	public Image {
		if (variants.isEmpty()) {
			throw new IllegalArgumentException("An image has at least one variant");
		}
		variants = variants.stream().sorted(Comparator.comparingInt(ImageVariant::width)).toList();
	}

	/** The widest variant's URL, for {@code src}. */
	public String url() {
		return largest().url();
	}

	/** Every variant as {@code "/media/...jpg 480w, /media/...jpg 960w"}, for {@code srcset}. */
	public String srcset() {
		return variants.stream().map(v -> v.url() + " " + v.width() + "w").collect(Collectors.joining(", "));
	}

	public ImageVariant largest() {
		return variants.get(variants.size() - 1);
	}
}
