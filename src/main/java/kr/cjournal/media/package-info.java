/**
 * Media files: stores uploaded and generated images under content-addressed keys and serves
 * them at {@code /media/{key}} with year-long cache headers. Storage sits behind
 * {@link kr.cjournal.media.MediaStorage} so a shared or object store can replace the local
 * directory when several nodes serve the site.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package kr.cjournal.media;
