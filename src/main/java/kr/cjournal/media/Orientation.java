package kr.cjournal.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;

/**
 * How a camera says its picture should be turned to stand upright (the EXIF Orientation tag,
 * values 1 to 8). Phones store pixels as the sensor saw them and set this tag; since served
 * copies carry no metadata, the turn is applied to their pixels instead.
 */
enum Orientation {

	UPRIGHT, MIRRORED, UPSIDE_DOWN, UPSIDE_DOWN_MIRRORED, TRANSPOSED, TURNED_RIGHT, TRANSVERSE, TURNED_LEFT;

	/** The orientation a JPEG's EXIF data gives; upright when there is none or it cannot be read. */
	static Orientation of(byte[] jpeg) {
		try (ImageInputStream input = new ByteArrayImageInputStream(jpeg)) {
			List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
			if (exif.isEmpty()) {
				return UPRIGHT;
			}
			byte[] tiff = tiffOf(exif.get(0));
			Directory directory = new TIFFReader().read(new ByteArrayImageInputStream(tiff));
			Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
			int value = entry != null && entry.getValue() instanceof Number number ? number.intValue() : 1;
			return value >= 1 && value <= 8 ? values()[value - 1] : UPRIGHT;
		}
		catch (IOException | RuntimeException e) {
			// Broken EXIF is common and harmless: the picture is shown as stored.
			return UPRIGHT;
		}
	}

	/** Whether turning swaps width and height. */
	boolean swapsSides() {
		return ordinal() >= TRANSPOSED.ordinal();
	}

	/** The picture turned upright; the same picture when it already is. */
	BufferedImage apply(BufferedImage image) {
		if (this == UPRIGHT) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		int[] source = image.getRGB(0, 0, w, h, null, 0, w);
		int outWidth = swapsSides() ? h : w;
		int[] target = new int[source.length];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int tx;
				int ty;
				switch (this) {
					case MIRRORED -> { tx = w - 1 - x; ty = y; }
					case UPSIDE_DOWN -> { tx = w - 1 - x; ty = h - 1 - y; }
					case UPSIDE_DOWN_MIRRORED -> { tx = x; ty = h - 1 - y; }
					case TRANSPOSED -> { tx = y; ty = x; }
					case TURNED_RIGHT -> { tx = h - 1 - y; ty = x; }
					case TRANSVERSE -> { tx = h - 1 - y; ty = w - 1 - x; }
					case TURNED_LEFT -> { tx = y; ty = w - 1 - x; }
					default -> { tx = x; ty = y; }
				}
				target[ty * outWidth + tx] = source[y * w + x];
			}
		}
		int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage turned = new BufferedImage(outWidth, swapsSides() ? w : h, type);
		turned.setRGB(0, 0, outWidth, turned.getHeight(), target, 0, outWidth);
		return turned;
	}

	/** The TIFF structure inside an Exif segment, after the rest of its "Exif\0\0" header. */
	private static byte[] tiffOf(JPEGSegment segment) throws IOException {
		try (InputStream data = segment.data()) {
			byte[] bytes = data.readAllBytes();
			int start = 0;
			while (start < bytes.length && bytes[start] == 0) {
				start++;
			}
			return Arrays.copyOfRange(bytes, start, bytes.length);
		}
	}
}
