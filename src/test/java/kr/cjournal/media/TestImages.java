package kr.cjournal.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import org.springframework.util.unit.DataSize;

/**
 * Pictures for tests: the fixtures in {@code src/test/resources/media} and ones drawn or crafted
 * here.
 * <ul>
 * <li>{@code gps.jpg}: 1000×750 JPEG whose EXIF holds a camera model (TestCam) and a GPS position</li>
 * <li>{@code rotated.jpg}: 400×300 JPEG, red top-left corner, EXIF Orientation 6 (turn right)</li>
 * <li>{@code transparent.png}, {@code transparent.webp}: 640×400, a circle on transparency</li>
 * <li>{@code photo.webp}: 1000×700 lossy WebP; {@code animated.gif}: 320×240, a red then a blue frame</li>
 * <li>{@code note.jpg}: a text file; {@code report.jpg}: a PDF file</li>
 * </ul>
 */
final class TestImages {

	static final int MEGABYTE = 1024 * 1024;

	private TestImages() {
	}

	static MediaSettings settings(Path directory) {
		return new MediaSettings(directory.resolve("media"), directory.resolve("originals"), DataSize.ofMegabytes(20),
				10_000, 50_000_000, List.of(480, 960, 1600), 0.85f);
	}

	static byte[] fixture(String name) {
		try (InputStream in = TestImages.class.getResourceAsStream("/media/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] jpeg(int width, int height) {
		return encode(drawn(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	/** An opaque PNG, stored with an alpha channel that no pixel uses. */
	static byte[] opaquePng(int width, int height) {
		return encode(drawn(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	/** A picture in one of the less common pixel layouts cameras and editors write. */
	static byte[] unusual(String layout) {
		return switch (layout) {
			case "grey JPEG" -> encode(drawn(640, 480, BufferedImage.TYPE_BYTE_GRAY), "jpeg");
			case "16-bit grey PNG" -> encode(drawn(640, 480, BufferedImage.TYPE_USHORT_GRAY), "png");
			case "palette PNG with a transparent colour" -> {
				IndexColorModel palette = new IndexColorModel(8, 3, new byte[] { 0, (byte) 0xE0, 0x1F },
						new byte[] { 0, 0x7A, 0x3A }, new byte[] { 0, 0x2F, 0x5F }, 0);
				BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_BYTE_INDEXED, palette);
				Graphics2D g = image.createGraphics();
				g.setColor(new Color(0xe07a2f));
				g.fillOval(160, 120, 320, 240); // around it, colour 0: transparent
				g.dispose();
				yield encode(image, "png");
			}
			default -> throw new IllegalArgumentException(layout);
		};
	}

	static BufferedImage read(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether a JPEG carries an APP1 Exif segment, where cameras put the model and GPS position. */
	static boolean hasExif(byte[] jpeg) {
		try {
			return !JPEGSegmentUtil.readSegments(new ByteArrayImageInputStream(jpeg), JPEG.APP1, "Exif").isEmpty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static boolean contains(byte[] bytes, String ascii) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(ascii);
	}

	/**
	 * A valid grayscale PNG whose pixels are all black, deflated to a small file: 8000×8000
	 * (64 MP) is about 65 KB that would take 64 MB to decode, and far more as RGB.
	 */
	static byte[] decompressionBomb(int width, int height) {
		ByteArrayOutputStream idat = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
			byte[] row = new byte[width + 1]; // filter byte 0, then black pixels
			for (int y = 0; y < height; y++) {
				deflater.write(row);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return png(width, height, idat.toByteArray());
	}

	/** A PNG with a header and no image data at all. */
	static byte[] headerOnlyPng(int width, int height) {
		return png(width, height, null);
	}

	private static byte[] png(int width, int height, byte[] idat) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			DataOutputStream ihdr = new DataOutputStream(header);
			ihdr.writeInt(width);
			ihdr.writeInt(height);
			ihdr.write(new byte[] { 8, 0, 0, 0, 0 }); // 8-bit grayscale, deflate, no filter method, no interlace
			chunk(out, "IHDR", header.toByteArray());
			if (idat != null) {
				chunk(out, "IDAT", idat);
			}
			chunk(out, "IEND", new byte[0]);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt(data.length);
		out.write(name);
		out.write(data);
		out.writeInt((int) crc.getValue());
	}

	private static BufferedImage drawn(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x1f3a5f));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0xe07a2f));
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
