package kr.cjournal.newsroom;

/** A published article was corrected; readers see the new text and its correction time. */
public record ArticleCorrected(long articleId) {
}
