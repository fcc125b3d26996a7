/**
 * Search: the Lucene index of published stories with Korean analysis (Nori, a user dictionary
 * and synonyms from the directory), queries with filters, sorting and highlighted snippets,
 * related stories and suggestions. The index follows the newsroom's change feed and commits the
 * last change it applied with its documents, so a restarted node catches up and a killed one
 * loses nothing. Everything outside reaches it through {@link kr.cjournal.search.SearchEngine},
 * so that a site that outgrows one index per node can put a search cluster behind it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "newsroom", "people", "accounts", "core" })
package kr.cjournal.search;
