package kr.cjournal.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import kr.cjournal.support.TestDatabase;

/**
 * How long {@link Images#upload} takes for camera JPEGs of 12 megapixels (4000×3000, 3.8 MB) and
 * of 50, the most we take (8660×5770, 15 MB): checks, decoding, three variants, storing and the
 * database row. Not a test, so it never fails a build on a slow machine; run it by hand:
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) kr.cjournal.media.UploadTiming
 * </pre>
 *
 * On a 2-vCPU Xeon with JDK 17 (November 2026), median of 30 after 10 warm-up uploads: 12 MP
 * 234 ms (decoding 91, variants 132), 50 MP 413 ms (decoding 256, read at a quarter of its
 * pixels; variants 132). The first upload after start takes about 0.5 s.
 */
final class UploadTiming {

	private static final int WARM_UP = 10;

	private static final int RUNS = 30;

	public static void main(String[] args) throws Exception {
		Path directory = Files.createTempDirectory("upload-timing");
		MediaSettings settings = TestImages.settings(directory);
		ImageDecoder decoder = new ImageDecoder(settings);
		Resizer resizer = new Resizer(settings);
		Images images = new Images(database(), new LocalMediaStorage(settings), decoder, resizer);

		time(images, decoder, resizer, "12 MP", cameraPhoto(4000, 3000));
		time(images, decoder, resizer, "50 MP", cameraPhoto(8660, 5770));
	}

	private static void time(Images images, ImageDecoder decoder, Resizer resizer, String name, byte[] photo) {
		System.out.printf("%s JPEG: %,d bytes; %d warm-up uploads, then %d timed%n", name, photo.length, WARM_UP, RUNS);
		long first = System.nanoTime();
		images.upload(distinct(photo, 0), "timing");
		System.out.printf("%-50s %4d ms%n", "first upload", (System.nanoTime() - first) / 1_000_000);
		for (int i = 1; i < WARM_UP; i++) {
			images.upload(distinct(photo, i), "timing");
		}
		long[] upload = new long[RUNS];
		long[] decode = new long[RUNS];
		long[] variants = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			byte[] bytes = distinct(photo, WARM_UP + i);
			long start = System.nanoTime();
			images.upload(bytes, "timing");
			upload[i] = System.nanoTime() - start;
			start = System.nanoTime();
			DecodedImage decoded = decoder.decode(bytes);
			decode[i] = System.nanoTime() - start;
			start = System.nanoTime();
			resizer.variants(decoded);
			variants[i] = System.nanoTime() - start;
		}
		report("whole upload", upload);
		report("  of which checks and decoding", decode);
		report("  of which three variants (scale, turn, encode)", variants);
	}

	private static JdbcClient database() throws Exception {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				TestDatabase.h2("timing"), "sa", "");
		try (var connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V5__media_images.sql"));
		}
		return JdbcClient.create(dataSource);
	}

	/** A scene with sensor-like noise, so that it compresses like a photo rather than a drawing. */
	private static byte[] cameraPhoto(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(0x1f3a5f), 0, height, new Color(0xf4c58f)));
		g.fillRect(0, 0, width, height);
		Random random = new Random(12);
		for (int i = 0; i < width / 10; i++) {
			g.setColor(new Color(random.nextInt(0xFFFFFF)));
			g.fillRect(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(400), 20 + random.nextInt(400));
		}
		g.dispose();
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		for (int i = 0; i < pixels.length; i++) {
			int noise = (int) (random.nextGaussian() * 6);
			int r = clamp(((pixels[i] >> 16) & 0xFF) + noise);
			int gr = clamp(((pixels[i] >> 8) & 0xFF) + noise);
			int b = clamp((pixels[i] & 0xFF) + noise);
			pixels[i] = (r << 16) | (gr << 8) | b;
		}
		image.setRGB(0, 0, width, height, pixels, 0, width);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.92f);
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		writer.dispose();
		return bytes.toByteArray();
	}

	/** The same photo with different trailing bytes, so every run stores new files. */
	private static byte[] distinct(byte[] photo, int run) {
		byte[] copy = Arrays.copyOf(photo, photo.length + 4);
		copy[photo.length] = (byte) run;
		copy[photo.length + 1] = (byte) (run >> 8);
		return copy;
	}

	private static int clamp(int value) {
		return Math.max(0, Math.min(255, value));
	}

	private static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%-50s min %4d ms   median %4d ms   p90 %4d ms%n", what, sorted[0] / 1_000_000,
				sorted[sorted.length / 2] / 1_000_000, sorted[sorted.length * 9 / 10] / 1_000_000);
	}
}
