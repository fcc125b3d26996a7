package kr.cjournal.newsroom;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A finished story from another system, to be put on the site as it was published there (see
 * {@link ArchiveImport}).
 *
 * @param source the system it came from ({@code legacy}, {@code ninjs}, {@code wordpress})
 * @param sourceKey its key there, unique within {@code source}; a story is imported once per key
 * @param preferredId the article number to keep, when it is free here; null for a new one
 * @param publishedAt when it was first published there
 * @param updatedAt when it was last corrected there, or null
 * @param oldPaths addresses it had on the old site (path and query), answered with 301 here
 */
public record ArchivedStory(String source, String sourceKey, Long preferredId, Draft draft,
		OffsetDateTime publishedAt, OffsetDateTime updatedAt, List<String> oldPaths) {

	public ArchivedStory {
		oldPaths = oldPaths == null ? List.of() : List.copyOf(oldPaths);
	}
}
