package kr.cjournal.comments;

/**
 * Published after anything that changes what readers see under a story: a comment posted,
 * deleted, hidden, approved, removed, blinded or restored, or the story's switches. Listeners
 * recount the story's visible comments and drop its cached comment list.
 */
public record CommentsChanged(long articleId) {
}
