package kr.cjournal.media;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageDecoderTests {

	static final String NOT_A_PICTURE = "JPEG, PNG, GIF, WebP 사진만 올릴 수 있습니다";

	static final String BROKEN = "사진 파일이 손상되었거나 끝까지 올라오지 않았습니다";

	ImageDecoder decoder;

	ImageDecoderTests(@TempDir Path directory) {
		decoder = new ImageDecoder(TestImages.settings(directory));
	}

	@Test
	void readsEachFormatWhateverTheFileIsCalled() {
		assertThat(decoder.decode(TestImages.fixture("gps.jpg"))).satisfies(d -> {
			assertThat(d.format()).isEqualTo(ImageFormat.JPEG);
			assertThat(d.width()).isEqualTo(1000);
			assertThat(d.height()).isEqualTo(750);
		});
		assertThat(decoder.decode(TestImages.fixture("transparent.png")).format()).isEqualTo(ImageFormat.PNG);
		assertThat(decoder.decode(TestImages.fixture("animated.gif")).width()).isEqualTo(320);
		assertThat(decoder.decode(TestImages.fixture("photo.webp"))).satisfies(d -> {
			assertThat(d.format()).isEqualTo(ImageFormat.WEBP);
			assertThat(d.width()).isEqualTo(1000);
			assertThat(d.height()).isEqualTo(700);
		});
	}

	@Test
	void aPhonePhotoTakenUprightIsUprightWhateverItsPixels() {
		DecodedImage rotated = decoder.decode(TestImages.fixture("rotated.jpg"));

		assertThat(rotated.orientation()).isEqualTo(Orientation.TURNED_RIGHT);
		assertThat(rotated.width()).isEqualTo(300);
		assertThat(rotated.height()).isEqualTo(400);
	}

	@Test
	void refusesATextFileNamedJpg() {
		assertRefused(TestImages.fixture("note.jpg"), NOT_A_PICTURE);
	}

	@Test
	void refusesAPdf() {
		assertRefused(TestImages.fixture("report.jpg"), NOT_A_PICTURE);
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(new byte[0], "빈 파일입니다");
	}

	@Test
	void refusesAFileOver20MegabytesBeforeLookingAtIt() {
		byte[] big = Arrays.copyOf(TestImages.fixture("gps.jpg"), 20 * TestImages.MEGABYTE + 1);

		assertRefused(big, "사진 파일은 20MB까지 올릴 수 있습니다. 이 파일은 20.1MB입니다.");
	}

	@Test
	void takesAFileOfExactly20Megabytes() {
		// A JPEG with padding after its end marker, as some cameras write them.
		byte[] padded = Arrays.copyOf(TestImages.fixture("gps.jpg"), 20 * TestImages.MEGABYTE);

		assertThat(decoder.decode(padded).width()).isEqualTo(1000);
	}

	@Test
	void refusesAPictureWiderThan10000Pixels() {
		assertRefused(TestImages.opaquePng(12_000, 10),
				"사진의 가로와 세로는 각각 10,000픽셀까지입니다. 이 사진은 12,000×10픽셀입니다.");
	}

	@Test
	void refusesADecompressionBombFromItsHeader() {
		byte[] bomb = TestImages.decompressionBomb(8000, 8000);

		assertThat(bomb.length).isLessThan(100_000);
		assertRefused(bomb, "사진은 5,000만 화소까지 올릴 수 있습니다. 이 사진은 8,000×8,000픽셀(6,400만 화소)입니다.");
	}

	@Test
	void judgesSizeByTheHeaderAloneBeforeAnyPixelIsRead() {
		// No image data at all: had pixels been read first, this would be refused as broken.
		assertRefused(TestImages.headerOnlyPng(8000, 8000), "5,000만 화소까지");
		assertRefused(TestImages.headerOnlyPng(300, 200), BROKEN);
	}

	@Test
	void refusesATruncatedJpegThatReadersWouldFillWithGrey() {
		byte[] jpeg = TestImages.fixture("gps.jpg");

		assertRefused(Arrays.copyOf(jpeg, jpeg.length / 2), BROKEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "transparent.png", "animated.gif", "photo.webp", "transparent.webp" })
	void refusesEveryOtherFormatCutInHalf(String fixture) {
		byte[] bytes = TestImages.fixture(fixture);

		assertRefused(Arrays.copyOf(bytes, bytes.length / 2), BROKEN);
	}

	@Test
	void refusesAPictureWhoseHeaderIsCutOff() {
		assertRefused(Arrays.copyOf(TestImages.fixture("transparent.png"), 20), BROKEN);
	}

	private void assertRefused(byte[] bytes, String reason) {
		assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOfSatisfying(ImageRejected.class, e -> {
			assertThat(e.field()).isEqualTo("file");
			assertThat(e.getMessage()).contains(reason);
		});
	}
}
