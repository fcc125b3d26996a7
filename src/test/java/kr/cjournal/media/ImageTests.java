package kr.cjournal.media;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTests {

	static final String A = "ab/" + "a".repeat(64) + ".jpg";

	static final String B = "bc/" + "b".repeat(64) + ".jpg";

	static final String C = "cd/" + "c".repeat(64) + ".jpg";

	final Image image = new Image(7, "image/jpeg", 2400, 1600,
			List.of(new ImageVariant(C, 1600, 1067), new ImageVariant(A, 480, 320), new ImageVariant(B, 960, 640)));

	@Test
	void srcsetListsEveryWidthNarrowestFirst() {
		assertThat(image.srcset()).isEqualTo("/media/" + A + " 480w, /media/" + B + " 960w, /media/" + C + " 1600w");
	}

	@Test
	void theUrlIsTheWidestVariants() {
		assertThat(image.largest()).isEqualTo(new ImageVariant(C, 1600, 1067));
		assertThat(image.url()).isEqualTo("/media/" + C);
	}

	@Test
	void aSmallPictureHasOneVariant() {
		Image small = new Image(8, "image/gif", 320, 240, List.of(new ImageVariant(A, 320, 240)));

		assertThat(small.srcset()).isEqualTo("/media/" + A + " 320w");
		assertThat(small.url()).isEqualTo("/media/" + A);
	}
}
