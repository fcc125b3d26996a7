/**
 * What readers see: the home page, section and subsection lists, the article page and its print
 * view, reporter pages, legacy-link redirects and the Korean error pages. Pages are built from
 * the newsroom's published articles into one record per template and kept briefly in an
 * in-process cache; responses carry cache headers so a CDN in front can absorb a spike.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reader site")
package kr.cjournal.site;
