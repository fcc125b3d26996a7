package kr.cjournal.media;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.support.QueryCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the newsroom relies on when it stores and finds photos; run on H2 and on PostgreSQL by
 * the subclasses, so the same SQL is proven on both.
 */
abstract class ImagesContract {

	@Autowired
	Images images;

	@Autowired
	MediaStorage storage;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUploadIsRecordedWithItsOriginalAndServedCopies() {
		byte[] upload = TestImages.fixture("gps.jpg");

		Image image = images.upload(upload, "hana.seo");

		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertThat(image.width()).isEqualTo(1000);
		assertThat(image.height()).isEqualTo(750);
		assertThat(image.variants()).extracting(ImageVariant::width).containsExactly(480, 960, 1000);
		assertThat(images.find(image.id())).contains(image);
		Map<String, Object> row = jdbc.sql("select * from images where id = ?").params(image.id()).query().singleRow();
		assertThat(row).containsEntry("uploaded_by", "hana.seo").containsEntry("byte_size", (long) upload.length);
		assertThat(storage.readOriginal((String) row.get("original_key"))).hasValueSatisfying(original -> {
			assertThat(original).isEqualTo(upload);
			assertThat(TestImages.hasExif(original)).as("the original keeps its GPS data").isTrue();
		});
		assertThat(image.variants()).allSatisfy(variant -> assertThat(storage.read(variant.key()))
			.hasValueSatisfying(bytes -> assertThat(TestImages.hasExif(bytes)).isFalse()));
	}

	@Test
	void eachFormatIsTakenAndRecordedAsWhatItIs() {
		assertThat(images.upload(TestImages.fixture("transparent.png"), null).contentType()).isEqualTo("image/png");
		assertThat(images.upload(TestImages.fixture("animated.gif"), null).contentType()).isEqualTo("image/gif");
		Image webp = images.upload(TestImages.fixture("photo.webp"), null);

		assertThat(webp.contentType()).isEqualTo("image/webp");
		assertThat(webp.url()).endsWith(".jpg");
		assertThat(images.find(webp.id())).contains(webp);
	}

	@Test
	void anUploadOutsideASignedInRequestHasNoUploader() {
		Image image = images.upload(TestImages.fixture("animated.gif"), null);

		assertThat(jdbc.sql("select uploaded_by from images where id = ?").params(image.id()).query(String.class).optional())
			.isEmpty();
	}

	@Test
	void manyImagesAreFoundInOneQuery() {
		Image first = images.upload(TestImages.jpeg(600, 400), "hana.seo");
		Image second = images.upload(TestImages.fixture("transparent.png"), "hana.seo");
		Image third = images.upload(TestImages.fixture("animated.gif"), "jiwoo.park");

		QueryCounting.reset();
		Map<Long, Image> found = images.findAll(List.of(third.id(), first.id(), second.id(), -1L));

		assertThat(QueryCounting.count()).isEqualTo(1);
		assertThat(found).containsOnlyKeys(first.id(), second.id(), third.id());
		assertThat(found.get(second.id())).isEqualTo(second);
		assertThat(found.get(second.id()).url()).endsWith(".png");
		assertThat(images.findAll(List.of())).isEmpty();
	}

	@Test
	void anUnknownIdIsNotFound() {
		assertThat(images.find(-1)).isEmpty();
	}

	@Test
	void aRefusedUploadLeavesNoRow() {
		long before = count();

		assertThatThrownBy(() -> images.upload(TestImages.fixture("report.jpg"), "hana.seo"))
			.isInstanceOf(ImageRejected.class);
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return jdbc.sql("select count(*) from images").query(Long.class).single();
	}

}
