package kr.cjournal.newsroom;

/** An article went live: published now, or its scheduled or embargo time came. */
public record ArticlePublished(long articleId) {
}
