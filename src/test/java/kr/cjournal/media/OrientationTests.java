package kr.cjournal.media;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OrientationTests {

	@Test
	void readsTheTurnACameraAsksFor() {
		assertThat(Orientation.of(TestImages.fixture("rotated.jpg"))).isEqualTo(Orientation.TURNED_RIGHT);
		assertThat(Orientation.of(TestImages.fixture("gps.jpg"))).isEqualTo(Orientation.UPRIGHT);
		assertThat(Orientation.of(TestImages.jpeg(40, 30))).isEqualTo(Orientation.UPRIGHT);
	}

	@Test
	void brokenExifLeavesThePictureAsStored() {
		byte[] jpeg = TestImages.fixture("rotated.jpg").clone();
		int exif = new String(jpeg, StandardCharsets.ISO_8859_1).indexOf("Exif");
		jpeg[exif + 6] = 'X'; // the TIFF byte order mark
		jpeg[exif + 7] = 'X';

		assertThat(Orientation.of(jpeg)).isEqualTo(Orientation.UPRIGHT);
	}

	/**
	 * A 3×2 picture whose pixels are numbered row by row (0 1 2 / 3 4 5), turned as EXIF
	 * orientations 1 to 8 say; rows of the result are separated by slashes.
	 */
	@ParameterizedTest
	@CsvSource({ "UPRIGHT, 012/345", "MIRRORED, 210/543", "UPSIDE_DOWN, 543/210", "UPSIDE_DOWN_MIRRORED, 345/012",
			"TRANSPOSED, 03/14/25", "TURNED_RIGHT, 30/41/52", "TRANSVERSE, 52/41/30", "TURNED_LEFT, 25/14/03" })
	void turnsPixelsAsExifOrientationsDefineIt(Orientation orientation, String expected) {
		BufferedImage numbered = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		for (int i = 0; i < 6; i++) {
			numbered.setRGB(i % 3, i / 3, i);
		}

		assertThat(rows(orientation.apply(numbered))).isEqualTo(expected);
		assertThat(orientation.swapsSides()).isEqualTo(expected.length() == 8);
	}

	private static String rows(BufferedImage image) {
		StringBuilder rows = new StringBuilder();
		for (int y = 0; y < image.getHeight(); y++) {
			rows.append(y == 0 ? "" : "/");
			for (int x = 0; x < image.getWidth(); x++) {
				rows.append(image.getRGB(x, y) & 0xFFFFFF);
			}
		}
		return rows.toString();
	}
}
