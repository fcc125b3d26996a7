/**
 * Content exchange: what search engines, feed readers, portals and other systems read of the
 * paper, and how archives move in and out — RSS 2.0 feeds, sitemaps and the news sitemap, IPTC
 * ninjs 2.1 (one article, and a streaming export of all published articles as JSON Lines), the
 * command-line modes of the jar, and the public read API under {@code /api/v1}, with the search
 * of published stories ({@code /api/v1/search}, answered by the search module's engine).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange",
		allowedDependencies = { "newsroom", "people", "media", "accounts", "search", "core" })
package kr.cjournal.exchange;
