package kr.cjournal.newsroom;

import java.util.List;
import java.util.OptionalLong;

/**
 * Names the {@link MentionLinker} could not decide (동명이인 with nothing in the story to choose
 * by), for the desk to settle. Implemented by the people module; without it there are none.
 */
public interface MentionReviews {

	MentionReviews NONE = new MentionReviews() {
		@Override
		public List<Review> open() {
			return List.of();
		}

		@Override
		public List<Review> openFor(long articleId) {
			return List.of();
		}

		@Override
		public OptionalLong resolve(long reviewId, Long personId, String by) {
			return OptionalLong.empty();
		}
	};

	/** A person the name may mean, described so the desk can tell them apart (한울전자 부사장). */
	record Candidate(long personId, String name, String description) {
	}

	record Review(long id, long articleId, String surface, List<Candidate> candidates) {
	}

	/** Undecided names of all stories, oldest first. */
	List<Review> open();

	List<Review> openFor(long articleId);

	/**
	 * Settles a review: {@code personId} is one of its candidates, or null for "none of them". The
	 * article's id, or empty when there is no such open review or the person is no candidate.
	 */
	OptionalLong resolve(long reviewId, Long personId, String by);
}
