package kr.cjournal.people;

/**
 * To be announced by whatever writes or removes rows of {@code mentions} (the linker, when a story
 * is published, corrected, unpublished or the archive relinked), so that cached pages listing the
 * stories that name someone are built again. Needed when the rows are written after the story's
 * own event (an asynchronous listener), since the pages may have been rebuilt in between.
 */
public record MentionsChanged(long articleId) {
}
