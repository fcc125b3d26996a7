package kr.cjournal.exchange.imports;

import java.nio.file.Path;

/**
 * A picture of an imported story, already found on disk by the reader (a file in the
 * {@code wp-content/uploads} folder given to the import, or one it downloaded); the import stores
 * it like an upload. {@code credit} may be null.
 */
public record ImportImage(Path file, String alt, String caption, String credit) {
}
