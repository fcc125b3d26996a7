/**
 * The newsroom: sections and subsections, reporters, articles with their bylines and photos,
 * and the home page's top stories. Other modules read published articles through
 * {@link kr.cjournal.newsroom.Articles}, {@link kr.cjournal.newsroom.Sections} and
 * {@link kr.cjournal.newsroom.Reporters}; article bodies are composed into sanitised HTML when
 * they are written, so nothing is rendered on a reader's request. On first start with an empty
 * database it loads the demo newsroom unless {@code cjournal.demo=false}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsroom")
package kr.cjournal.newsroom;
