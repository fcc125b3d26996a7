package kr.cjournal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import kr.cjournal.newsroom.PublishedArchive;
import kr.cjournal.newsroom.Sections;
import kr.cjournal.people.StoryCasts;

/**
 * Reads what the index holds of stories from the newsroom and the directory, many at a time:
 * the published story, its section with the section above it, its reporters, and the people and
 * organisations it mentions.
 */
@Component
class StorySource {

	private final PublishedArchive archive;

	private final Sections sections;

	private final StoryCasts casts;

	StorySource(PublishedArchive archive, Sections sections, StoryCasts casts) {
		this.archive = archive;
		this.sections = sections;
		this.casts = casts;
	}

	/** Those of these stories that are published now; the others are not in the answer. */
	List<IndexedStory> published(Collection<Long> ids) {
		List<PublishedArchive.Indexable> stories = archive.indexable(ids);
		if (stories.isEmpty()) {
			return List.of();
		}
		Map<Long, StoryCasts.Cast> cast = casts.of(stories.stream().map(PublishedArchive.Indexable::id).toList());
		List<IndexedStory> indexed = new ArrayList<>(stories.size());
		for (PublishedArchive.Indexable story : stories) {
			StoryCasts.Cast named = cast.getOrDefault(story.id(), StoryCasts.Cast.NONE);
			List<String> names = new ArrayList<>();
			named.people().forEach(person -> names.add(person.name()));
			named.organisations().forEach(organisation -> names.add(organisation.name()));
			indexed.add(new IndexedStory(story.id(), story.headline(), story.subtitle(), story.bodyText(),
					sectionIds(story.sectionId()), story.reporterIds(), story.reporterNames(),
					named.people().stream().map(StoryCasts.Named::id).toList(),
					named.organisations().stream().map(StoryCasts.Named::id).toList(), names, story.tags(),
					story.publishedAt(), story.updatedAt()));
		}
		return indexed;
	}

	/** The section and, for a subsection, the one above it. */
	private List<Long> sectionIds(long sectionId) {
		if (!sections.exists(sectionId)) {
			return List.of(sectionId);
		}
		Long parent = sections.byId(sectionId).parentId();
		return parent == null ? List.of(sectionId) : List.of(sectionId, parent);
	}
}
