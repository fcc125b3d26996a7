/**
 * Media: photos from upload to reader. {@link kr.cjournal.media.Images} takes an upload
 * (JPEG, PNG, GIF or WebP, recognised by its bytes), refuses what is not a picture, too large or
 * broken with a Korean reason, keeps the original where readers cannot reach it (it may carry
 * the camera's location), and serves upright copies at a few widths, without metadata, at
 * {@code /media/{key}}; keys are content hashes, so copies are cached for a year. Staff upload at
 * {@code POST /newsroom/media}. Files sit behind {@link kr.cjournal.media.MediaStorage} so a
 * shared or object store can replace the local directories when several nodes serve the site.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package kr.cjournal.media;
