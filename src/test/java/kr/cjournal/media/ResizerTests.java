package kr.cjournal.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.cjournal.media.Resizer.Resized;

import static org.assertj.core.api.Assertions.assertThat;

class ResizerTests {

	ImageDecoder decoder;

	Resizer resizer;

	ResizerTests(@TempDir Path directory) {
		MediaSettings settings = TestImages.settings(directory);
		decoder = new ImageDecoder(settings);
		resizer = new Resizer(settings);
	}

	@Test
	void aLargePhotoIsServedAtThreeWidthsInItsProportions() {
		List<Resized> variants = variantsOf(TestImages.jpeg(2400, 1600));

		assertThat(variants).extracting(Resized::width).containsExactly(480, 960, 1600);
		assertThat(variants).extracting(Resized::height).containsExactly(320, 640, 1067);
		assertThat(variants).extracting(Resized::extension).containsOnly("jpg");
		assertThat(variants).allSatisfy(this::isWhatItSays);
	}

	@Test
	void aPictureNarrowerThanTheWidestVariantAlsoGetsItsOwnWidthAndIsNeverEnlarged() {
		assertThat(variantsOf(TestImages.jpeg(700, 500))).extracting(Resized::width).containsExactly(480, 700);
		assertThat(variantsOf(TestImages.jpeg(300, 200))).extracting(Resized::width).containsExactly(300);
		assertThat(variantsOf(TestImages.jpeg(1600, 900))).extracting(Resized::width).containsExactly(480, 960, 1600);
	}

	@Test
	void widthsFollowTheConfiguredOnesUpToThePicturesOwn() {
		assertThat(resizer.widthsFor(480)).containsExactly(480);
		assertThat(resizer.widthsFor(481)).containsExactly(480, 481);
		assertThat(resizer.widthsFor(6000)).containsExactly(480, 960, 1600);
	}

	@Test
	void aHugePhotoReadAtAFractionOfItsPixelsStillGetsFullSizedVariants() {
		List<Resized> variants = variantsOf(TestImages.jpeg(7000, 3500));

		assertThat(variants).extracting(Resized::width).containsExactly(480, 960, 1600);
		assertThat(variants).extracting(Resized::height).containsExactly(240, 480, 800);
		assertThat(variants).allSatisfy(this::isWhatItSays);
	}

	@Test
	void servedCopiesOfAPhotoCarryNoCameraOrLocation() {
		byte[] upload = TestImages.fixture("gps.jpg");
		assertThat(TestImages.hasExif(upload)).isTrue();

		assertThat(variantsOf(upload)).hasSize(3).allSatisfy(variant -> {
			assertThat(TestImages.hasExif(variant.bytes())).isFalse();
			assertThat(TestImages.contains(variant.bytes(), "TestCam")).isFalse();
		});
	}

	@Test
	void aTransparentPngIsServedAsPngWithItsTransparency() {
		List<Resized> variants = variantsOf(TestImages.fixture("transparent.png"));

		assertThat(variants).extracting(Resized::width).containsExactly(480, 640);
		assertThat(variants).extracting(Resized::extension).containsOnly("png");
		BufferedImage served = TestImages.read(variants.get(1).bytes());
		assertThat(served.getColorModel().hasAlpha()).isTrue();
		assertThat(served.getRGB(0, 0) >>> 24).isZero();
		assertThat(served.getRGB(320, 200) >>> 24).isEqualTo(0xFF);
	}

	@Test
	void aTransparentWebpIsServedAsPng() {
		assertThat(variantsOf(TestImages.fixture("transparent.webp"))).extracting(Resized::extension).containsOnly("png");
	}

	@Test
	void anOpaquePngIsServedAsJpeg() {
		assertThat(variantsOf(TestImages.opaquePng(800, 600))).extracting(Resized::extension).containsOnly("jpg");
	}

	@Test
	void aWebpPhotoIsServedAsJpeg() {
		List<Resized> variants = variantsOf(TestImages.fixture("photo.webp"));

		assertThat(variants).extracting(Resized::width).containsExactly(480, 960, 1000);
		assertThat(variants).extracting(Resized::extension).containsOnly("jpg");
	}

	@ParameterizedTest
	@CsvSource({ "grey JPEG, jpg", "16-bit grey PNG, jpg", "palette PNG with a transparent colour, png" })
	void lessCommonPixelLayoutsAreServedToo(String layout, String extension) {
		List<Resized> variants = variantsOf(TestImages.unusual(layout));

		assertThat(variants).extracting(Resized::width).containsExactly(480, 640);
		assertThat(variants).extracting(Resized::extension).containsOnly(extension);
		assertThat(variants).allSatisfy(this::isWhatItSays);
	}

	@Test
	void anAnimatedGifIsServedAsItsFirstFrame() {
		List<Resized> variants = variantsOf(TestImages.fixture("animated.gif"));

		assertThat(variants).extracting(Resized::width).containsExactly(320);
		assertThat(isRed(TestImages.read(variants.get(0).bytes()).getRGB(160, 120))).isTrue();
	}

	@Test
	void aPhoneShotStoredSidewaysIsServedUpright() {
		// Stored 400×300 with a red top-left corner and "turn right": upright, the red corner is top right.
		Resized served = variantsOf(TestImages.fixture("rotated.jpg")).get(0);

		assertThat(served.width()).isEqualTo(300);
		assertThat(served.height()).isEqualTo(400);
		BufferedImage pixels = TestImages.read(served.bytes());
		assertThat(isRed(pixels.getRGB(290, 10))).isTrue();
		assertThat(isRed(pixels.getRGB(10, 10))).isFalse();
		assertThat(isRed(pixels.getRGB(290, 390))).isFalse();
	}

	private List<Resized> variantsOf(byte[] upload) {
		return resizer.variants(decoder.decode(upload));
	}

	private void isWhatItSays(Resized variant) {
		BufferedImage pixels = TestImages.read(variant.bytes());
		assertThat(pixels.getWidth()).isEqualTo(variant.width());
		assertThat(pixels.getHeight()).isEqualTo(variant.height());
	}

	private static boolean isRed(int rgb) {
		Color color = new Color(rgb);
		return color.getRed() > 200 && color.getGreen() < 60 && color.getBlue() < 60;
	}
}
