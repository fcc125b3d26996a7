package kr.cjournal.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded file into pixels, or refuses it with a reason staff can act on. Everything
 * that can be checked without decoding is checked first: the size, the format from the first
 * bytes, and the dimensions from the header. Only then are pixels allocated, so a small file
 * that claims to be a gigapixel picture (a decompression bomb) never is.
 */
@Component
class ImageDecoder {

	private static final Logger log = LoggerFactory.getLogger(ImageDecoder.class);

	private final MediaSettings settings;

	ImageDecoder(MediaSettings settings) {
		this.settings = settings;
		// In an executable jar ImageIO may have looked for plugins before the jar's class loader
		// was in place; look again, and fail now rather than at the first WebP upload.
		ImageIO.scanForPlugins();
		for (ImageFormat format : ImageFormat.values()) {
			format.newReader().dispose();
		}
	}

	DecodedImage decode(byte[] bytes) {
		if (bytes.length == 0) {
			throw new ImageRejected("빈 파일입니다. 올릴 사진 파일을 골라 주세요.");
		}
		if (bytes.length > settings.maxFileSize().toBytes()) {
			throw new ImageRejected(RejectionTexts.tooLarge(settings.maxFileSize(), bytes.length));
		}
		ImageFormat format = ImageFormat.of(bytes)
			.orElseThrow(() -> new ImageRejected("JPEG, PNG, GIF, WebP 사진만 올릴 수 있습니다. 이 파일은 사진이 아니거나 지원하지 않는 형식입니다."));
		ImageReader reader = format.newReader();
		try (ImageInputStream input = new ByteArrayImageInputStream(bytes)) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			checkDimensions(width, height);
			Orientation orientation = format == ImageFormat.JPEG ? Orientation.of(bytes) : Orientation.UPRIGHT;
			// The stored side that becomes the upright width decides how much detail is needed.
			BufferedImage pixels = firstFrame(reader, subsampling(orientation.swapsSides() ? height : width));
			return orientation.swapsSides() ? new DecodedImage(format, pixels, orientation, height, width)
					: new DecodedImage(format, pixels, orientation, width, height);
		}
		catch (ImageRejected e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			// Readers fail on broken files in many ways, unchecked ones included; all mean the same.
			log.debug("Refused a broken upload: {}", e.toString());
			throw new ImageRejected("사진 파일이 손상되었거나 끝까지 올라오지 않았습니다. 원본 파일을 다시 올려 주세요.");
		}
		finally {
			reader.dispose();
		}
	}

	private void checkDimensions(int width, int height) throws IOException {
		if (width < 1 || height < 1) {
			throw new IOException("The header gives a size of " + width + "x" + height);
		}
		if (width > settings.maxSide() || height > settings.maxSide()) {
			throw new ImageRejected(RejectionTexts.tooWide(settings.maxSide(), width, height));
		}
		if ((long) width * height > settings.maxPixels()) {
			throw new ImageRejected(RejectionTexts.tooManyPixels(settings.maxPixels(), width, height));
		}
	}

	/**
	 * Reads every n-th pixel of a picture more than twice as wide as the widest variant: the
	 * variants lose nothing visible, and a 50-megapixel camera's 8,660×5,770 photo is read at a
	 * quarter of its pixels.
	 */
	private int subsampling(int uprightWidth) {
		return Math.max(1, uprightWidth / (2 * settings.widestVariant()));
	}

	private static BufferedImage firstFrame(ImageReader reader, int subsampling) throws IOException {
		List<String> warnings = new ArrayList<>();
		reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
		ImageReadParam param = reader.getDefaultReadParam();
		param.setSourceSubsampling(subsampling, subsampling, 0, 0);
		// Only the first frame: a GIF or WebP animation is shown by its first picture.
		BufferedImage image = reader.read(0, param);
		// JPEG readers fill a cut-off file with grey and only warn; a half-grey photo is broken.
		if (image == null || warnings.stream().anyMatch(ImageDecoder::meansCutOff)) {
			throw new IOException("Incomplete image: " + warnings);
		}
		return image;
	}

	private static boolean meansCutOff(String warning) {
		String text = warning.toLowerCase(Locale.ROOT);
		return text.contains("truncated") || text.contains("premature end");
	}
}
