package kr.cjournal.exchange.imports;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a text file line by line, never holding more than {@code max} characters of one line: a
 * longer line is skipped to its end and answered as {@link #TOO_LONG}, so one broken record of a
 * gigabyte cannot exhaust the heap. Counts lines from 1.
 */
final class BoundedLines {

	/** What {@link #next} answers for a line longer than the limit (compared by identity). */
	static final String TOO_LONG = new String("<too long>");

	private final Reader in;

	private final int max;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private long line;

	BoundedLines(Reader in, int max) {
		this.in = in;
		this.max = max;
	}

	/** The number of the line {@link #next} answered last. */
	long line() {
		return line;
	}

	/** The next line without its end, {@link #TOO_LONG}, or null at the end of the input. */
	String next() throws IOException {
		StringBuilder text = new StringBuilder();
		boolean overflow = false;
		boolean any = false;
		while (true) {
			if (position == limit) {
				limit = in.read(buffer, 0, buffer.length);
				position = 0;
				if (limit <= 0) {
					limit = 0;
					if (!any) {
						return null;
					}
					break;
				}
			}
			any = true;
			int start = position;
			while (position < limit && buffer[position] != '\n') {
				position++;
			}
			if (!overflow) {
				if (text.length() + (position - start) > max) {
					overflow = true;
					text.setLength(0);
				}
				else {
					text.append(buffer, start, position - start);
				}
			}
			if (position < limit) {
				position++;
				break;
			}
		}
		line++;
		if (overflow) {
			return TOO_LONG;
		}
		int end = text.length();
		if (end > 0 && text.charAt(end - 1) == '\r') {
			text.setLength(end - 1);
		}
		return text.toString();
	}
}
