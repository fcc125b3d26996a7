package kr.cjournal.exchange.imports;

/** What a {@link RecordReader} reads: a story to import, or a record that cannot be one. */
public sealed interface ImportItem permits ImportRecord, BadRecord {

	/** Where the record starts in the file, 1-based. */
	long line();
}
