package kr.cjournal.media;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageFormatTests {

	@Test
	void recognisesEachFormatByItsFirstBytes() {
		assertThat(ImageFormat.of(TestImages.fixture("gps.jpg"))).contains(ImageFormat.JPEG);
		assertThat(ImageFormat.of(TestImages.fixture("transparent.png"))).contains(ImageFormat.PNG);
		assertThat(ImageFormat.of(TestImages.fixture("animated.gif"))).contains(ImageFormat.GIF);
		assertThat(ImageFormat.of(TestImages.fixture("photo.webp"))).contains(ImageFormat.WEBP);
	}

	@Test
	void aTextOrPdfFileNamedJpgIsNoPicture() {
		assertThat(ImageFormat.of(TestImages.fixture("note.jpg"))).isEmpty();
		assertThat(ImageFormat.of(TestImages.fixture("report.jpg"))).isEmpty();
	}

	@Test
	void aRiffFileOtherThanWebpIsNoPicture() {
		byte[] wave = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);

		assertThat(ImageFormat.of(wave)).isEmpty();
	}

	@Test
	void aFewBytesAreNotEnoughToTell() {
		assertThat(ImageFormat.of(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(ImageFormat.of("RIFF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(ImageFormat.of(new byte[0])).isEmpty();
	}

	@Test
	void givesTheTypeAndExtensionOriginalsAreKeptUnder() {
		assertThat(ImageFormat.WEBP.contentType()).isEqualTo("image/webp");
		assertThat(ImageFormat.JPEG.extension()).isEqualTo("jpg");
	}
}
