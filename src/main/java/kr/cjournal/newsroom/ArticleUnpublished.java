package kr.cjournal.newsroom;

/** A published article was withdrawn; it must leave every page, list and feed at once. */
public record ArticleUnpublished(long articleId) {
}
