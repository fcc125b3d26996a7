package kr.cjournal.newsroom;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the newsroom asks of whoever knows the people and organisations in the news (the people
 * module implements it): where a story names them, so the body links the first mention of each
 * to its page, and a record of every mention once the story is published. Without an
 * implementation nothing is linked ({@link #NONE}).
 */
public interface MentionLinker {

	/** Nothing is linked or recorded. */
	MentionLinker NONE = new MentionLinker() {
		@Override
		public Links prepare(Story story) {
			return text -> List.of();
		}

		@Override
		public void record(long articleId, OffsetDateTime publishedAt, Story story) {
		}

		@Override
		public void forget(long articleId) {
		}
	};

	/**
	 * A story's words as readers see them: {@code body} is the body's plain text, {@code bylineNames}
	 * the reporters' names (never mentions). {@code articleId} is null before the story is stored.
	 */
	record Story(Long articleId, String headline, String subtitle, List<String> captions, String body,
			List<String> bylineNames) {

		public Story {
			headline = headline == null ? "" : headline;
			subtitle = subtitle == null ? "" : subtitle;
			captions = captions == null ? List.of() : List.copyOf(captions);
			body = body == null ? "" : body;
			bylineNames = bylineNames == null ? List.of() : List.copyOf(bylineNames);
		}
	}

	/** Characters {@code [start, end)} of a text run link to {@code url}. */
	record Link(int start, int end, String url, String cssClass) {
	}

	/** One story's links, asked for run after run of body text in reading order. */
	interface Links {

		/** The links in this run: only each person's or organisation's first mention in the body. */
		List<Link> in(String text);
	}

	/** Looks at the whole story once, so that names can be told apart by what else it says. */
	Links prepare(Story story);

	/** Stores where the published story mentions whom, replacing what was stored before. */
	void record(long articleId, OffsetDateTime publishedAt, Story story);

	/** A story stored for the first time, with the links found when its body was rendered. */
	record NewStory(long articleId, OffsetDateTime publishedAt, Story story, Links links) {
	}

	/**
	 * Records the mentions of stories stored for the first time (an imported archive) in one go;
	 * {@code links} are those {@link #prepare} answered for each, so nothing is read twice.
	 */
	default void recordNew(List<NewStory> stories) {
		stories.forEach(story -> record(story.articleId(), story.publishedAt(), story.story()));
	}

	/** Drops the story's mentions (it was unpublished). */
	void forget(long articleId);
}
