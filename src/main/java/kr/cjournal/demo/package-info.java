/**
 * The demo paper: a week of fictional Korean business news written for Cjournal (sections,
 * reporters, stories with drawn photos, home-page top stories) and the cast of people and
 * companies they name. On first start with an empty database it loads them before the web server
 * opens, through the public APIs of the newsroom, the directory and the media library, as the
 * desk and the archive importer would; the stories come from {@code classpath:demo/*.yml}, the
 * photos are drawn by {@link kr.cjournal.demo.DemoPhotos}, one class per motif family. Nothing
 * depends on it, and with {@code cjournal.demo=false} none of it runs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
		allowedDependencies = { "newsroom", "people", "media", "accounts", "comments", "core" })
package kr.cjournal.demo;
