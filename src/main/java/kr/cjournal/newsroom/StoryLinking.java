package kr.cjournal.newsroom;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The newsroom's side of linking people and organisations: renders bodies with their mentions
 * linked and tells the {@link MentionLinker} (if there is one) when a story goes live, changes
 * or is withdrawn.
 */
@Component
class StoryLinking {

	private final ObjectProvider<MentionLinker> linkers;

	StoryLinking(ObjectProvider<MentionLinker> linkers) {
		this.linkers = linkers;
	}

	StoryMarkdown.Rendered render(Long articleId, Draft draft, List<Reporter> bylines, PhotoFiles photos) {
		return StoryMarkdown.render(draft.bodyMarkdown(), photos, head(articleId, draft.headline(), draft.subtitle(), bylines),
				linker());
	}

	/** Renders a story not stored yet, keeping what the linker found for {@link #recordNew}. */
	StoryMarkdown.Linked renderNew(Draft draft, List<Reporter> bylines, PhotoFiles photos) {
		return StoryMarkdown.renderLinked(draft.bodyMarkdown(), photos, head(null, draft.headline(), draft.subtitle(), bylines),
				linker());
	}

	void recordNew(List<MentionLinker.NewStory> stories) {
		if (!stories.isEmpty()) {
			linker().recordNew(stories);
		}
	}

	/** Records the live story's mentions; it went live at {@code publishedAt} (first publication). */
	void record(Manuscript manuscript, OffsetDateTime publishedAt) {
		linker().record(manuscript.id(), publishedAt, StoryMarkdown.story(manuscript.bodyMarkdown(),
				head(manuscript.id(), manuscript.headline(), manuscript.subtitle(), manuscript.bylines())));
	}

	void forget(long articleId) {
		linker().forget(articleId);
	}

	private volatile MentionLinker linker;

	/** The linker, looked up once (a bean lookup per story costs an import of 100,000 stories seconds). */
	private MentionLinker linker() {
		MentionLinker current = linker;
		if (current == null) {
			current = linkers.getIfAvailable(() -> MentionLinker.NONE);
			linker = current;
		}
		return current;
	}

	private static StoryMarkdown.Head head(Long id, String headline, String subtitle, List<Reporter> bylines) {
		return new StoryMarkdown.Head(id, headline, subtitle, bylines.stream().map(Reporter::name).toList());
	}
}
