package kr.cjournal.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Uploaded pictures: checks an upload, keeps the original out of readers' reach, stores the
 * served variants and records it all in the {@code images} table.
 */
@Component
public class Images {

	/**
	 * Uploads decoded at the same time. A 50-megapixel picture takes up to 200 MB while it is
	 * scaled; a newsroom uploads a few photos a minute, so a short wait costs nothing.
	 */
	private static final int DECODING_AT_ONCE = 2;

	private static final String COLUMNS = "id, content_type, width, height, variants";

	private final JdbcClient jdbc;

	private final MediaStorage storage;

	private final ImageDecoder decoder;

	private final Resizer resizer;

	private final Semaphore decoding = new Semaphore(DECODING_AT_ONCE, true);

	Images(JdbcClient jdbc, MediaStorage storage, ImageDecoder decoder, Resizer resizer) {
		this.jdbc = jdbc;
		this.storage = storage;
		this.decoder = decoder;
		this.resizer = resizer;
	}

	/**
	 * Checks and stores an upload.
	 * @param bytes the file as uploaded; its name and claimed type do not matter
	 * @param uploadedBy the signed-in user's name, or null
	 * @throws ImageRejected when the file is not a picture we take, with the reason in Korean
	 */
	public Image upload(byte[] bytes, String uploadedBy) {
		DecodedImage decoded;
		List<Resizer.Resized> resized;
		decoding.acquireUninterruptibly();
		try {
			decoded = decoder.decode(bytes);
			resized = resizer.variants(decoded);
		}
		finally {
			decoding.release();
		}
		String originalKey = storage.storeOriginal(bytes, decoded.format().extension());
		List<ImageVariant> variants = new ArrayList<>();
		for (Resizer.Resized copy : resized) {
			variants.add(new ImageVariant(storage.store(copy.bytes(), copy.extension()), copy.width(), copy.height()));
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into images (original_key, content_type, width, height, byte_size, variants, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(originalKey, decoded.format().contentType(), decoded.width(), decoded.height(), bytes.length,
					format(variants), uploadedBy)
			.update(key, "id");
		return new Image(key.getKeyAs(Long.class), decoded.format().contentType(), decoded.width(), decoded.height(),
				variants);
	}

	public Optional<Image> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from images where id = ?").params(id).query(Images::image).optional();
	}

	/** The images of these ids that exist, by id, in one query. */
	public Map<Long, Image> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Image> images = new LinkedHashMap<>();
		jdbc.sql("select " + COLUMNS + " from images where id in (:ids) order by id")
			.param("ids", List.copyOf(ids))
			.query(Images::image)
			.list()
			.forEach(image -> images.put(image.id(), image));
		return images;
	}

	private static Image image(ResultSet rs, int row) throws SQLException {
		return new Image(rs.getLong("id"), rs.getString("content_type"), rs.getInt("width"), rs.getInt("height"),
				parse(rs.getString("variants")));
	}

	/** Variants as text, {@code "key width height"} joined by commas; keys hold neither. */
	private static String format(List<ImageVariant> variants) {
		return variants.stream().map(v -> v.key() + " " + v.width() + " " + v.height()).collect(Collectors.joining(","));
	}

	private static List<ImageVariant> parse(String text) {
		List<ImageVariant> variants = new ArrayList<>();
		for (String variant : text.split(",")) {
			String[] parts = variant.split(" ");
			variants.add(new ImageVariant(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
		}
		return variants;
	}
}
