package kr.cjournal.exchange.imports;

/**
 * A record that cannot be imported: where it starts in the file, the field at fault ({@code null}
 * when the record as a whole is unreadable, e.g. broken JSON) and why, in Korean. The import
 * reports it and goes on with the next.
 */
public record BadRecord(long line, String sourceKey, String field, String reason) implements ImportItem {
}
