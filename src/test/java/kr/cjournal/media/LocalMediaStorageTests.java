package kr.cjournal.media;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LocalMediaStorageTests {

	@TempDir
	Path directory;

	@Test
	void keepsOriginalsOutsideTheServedDirectory() {
		LocalMediaStorage storage = new LocalMediaStorage(TestImages.settings(directory));
		byte[] original = "original".getBytes(StandardCharsets.UTF_8);

		String key = storage.storeOriginal(original, "jpg");

		assertThat(storage.readOriginal(key)).contains(original);
		assertThat(storage.read(key)).isEmpty();
		assertThat(Files.exists(storage.root().resolve(key))).isFalse();
	}

	@Test
	void namesFilesByTheirContent() {
		LocalMediaStorage storage = new LocalMediaStorage(TestImages.settings(directory));
		byte[] bytes = "variant".getBytes(StandardCharsets.UTF_8);

		String key = storage.store(bytes, "jpg");

		assertThat(key).matches("[0-9a-f]{2}/[0-9a-f]{64}\\.jpg");
		assertThat(key.substring(0, 2)).as("directory: the hash's first two digits").isEqualTo(key.substring(3, 5));
		assertThat(storage.store(bytes, "jpg")).isEqualTo(key);
		assertThat(storage.read(key)).contains(bytes);
	}

	@Test
	void readsNothingOutsideItsKeys() {
		LocalMediaStorage storage = new LocalMediaStorage(TestImages.settings(directory));

		assertThat(storage.read("../originals/x.jpg")).isEmpty();
		assertThat(storage.readOriginal("../media/x.jpg")).isEmpty();
		assertThat(storage.read(null)).isEmpty();
	}

	@Test
	void refusesToStartWithOriginalsInsideTheServedDirectory() {
		MediaSettings settings = new MediaSettings(directory.resolve("media"), directory.resolve("media/originals"),
				DataSize.ofMegabytes(20), 10_000, 50_000_000, List.of(480), 0.85f);

		assertThatIllegalStateException().isThrownBy(() -> new LocalMediaStorage(settings))
			.withMessageContaining("originals-dir");
	}
}
