/**
 * The newsroom: sections and subsections, reporters, articles with their bylines, photos, tags
 * and revisions, the home page's top stories, and the workflow that moves a story from a
 * reporter's draft through the desk to readers ({@link kr.cjournal.newsroom.Desk}): submit, send
 * back, publish now, schedule or embargo, correct, unpublish. Bodies are written in Markdown and
 * rendered into sanitised HTML when saved, so nothing is rendered on a reader's request. Every
 * change readers could notice is written to the change feed in the same transaction and
 * announced as an event ({@code ArticlePublished}, {@code ArticleCorrected},
 * {@code ArticleUnpublished}, {@code TopStoriesChosen}). Other modules read published articles
 * through {@link kr.cjournal.newsroom.Articles}, {@link kr.cjournal.newsroom.Sections} and
 * {@link kr.cjournal.newsroom.Reporters}. Whoever knows the people and companies in the news
 * plugs in through {@link kr.cjournal.newsroom.MentionLinker} (the first mention of each is linked
 * in the body when it is rendered, mentions are recorded when a story goes live) and
 * {@link kr.cjournal.newsroom.MentionReviews}; {@link kr.cjournal.newsroom.ArchiveRelink} links
 * the whole archive again. The staff pages live in the {@code web} sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsroom")
package kr.cjournal.newsroom;
