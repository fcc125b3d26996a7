package kr.cjournal.exchange.imports;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads an import file one record at a time, streaming: never more than the record at hand is
 * held, whatever the file's size. A record that cannot be read is answered as a
 * {@link BadRecord} and reading goes on; only a file that cannot be read at all throws.
 */
public interface RecordReader extends Closeable {

	/** The next record, or null at the end of the file. */
	ImportItem next() throws IOException;
}
