package kr.cjournal.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the index holds of one published story.
 *
 * @param sectionIds the story's section and, for a subsection, its parent: a filter on either finds it
 * @param bodyText the body as plain text (paragraphs separated by blank lines), no markup
 * @param names the names and aliases of the people and organisations it mentions, found by search too
 */
public record IndexedStory(long id, String headline, String subtitle, String bodyText, List<Long> sectionIds,
		List<Long> reporterIds, List<String> reporterNames, List<Long> personIds, List<Long> organizationIds,
		List<String> names, List<String> tags, OffsetDateTime publishedAt, OffsetDateTime updatedAt) {

	public IndexedStory {
		subtitle = subtitle == null ? "" : subtitle;
		sectionIds = List.copyOf(sectionIds);
		reporterIds = List.copyOf(reporterIds);
		reporterNames = List.copyOf(reporterNames);
		personIds = List.copyOf(personIds);
		organizationIds = List.copyOf(organizationIds);
		names = List.copyOf(names);
		tags = List.copyOf(tags);
	}
}
