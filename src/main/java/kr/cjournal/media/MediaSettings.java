package kr.cjournal.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param dir the directory media files are kept in; {@code ${cjournal.data-dir}/media} by default */
@ConfigurationProperties("cjournal.media")
record MediaSettings(Path dir) {
}
