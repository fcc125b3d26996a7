package kr.cjournal.exchange.imports;

import java.io.IOException;
import java.io.Reader;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the JSON Lines readers share: one JSON object a line, blank lines passed over, a line
 * longer than {@value #MAX_LINE} characters, broken JSON or anything but an object reported as a
 * bad record of its line; each object is then the subclass's to read.
 */
abstract class JsonLinesReader implements RecordReader {

	/** Longest line read; a record longer than this (4 M characters) is reported, not read. */
	static final int MAX_LINE = 4 << 20;

	private final Reader in;

	private final BoundedLines lines;

	private final JsonMapper json;

	JsonLinesReader(Reader in, JsonMapper json) {
		this.in = in;
		this.lines = new BoundedLines(in, MAX_LINE);
		this.json = json;
	}

	/** The record the object on {@code line} holds, or why it cannot be one. */
	abstract ImportItem record(long line, JsonNode node);

	@Override
	public final ImportItem next() throws IOException {
		String text;
		do {
			text = lines.next();
			if (text == null) {
				return null;
			}
		}
		while (text != BoundedLines.TOO_LONG && text.isBlank());
		long line = lines.line();
		if (text == BoundedLines.TOO_LONG) {
			return new BadRecord(line, null, null, "한 줄이 너무 깁니다 (" + MAX_LINE / (1 << 20) + "M자 넘음).");
		}
		JsonNode node;
		try {
			node = json.readTree(text);
		}
		catch (JacksonException e) {
			return new BadRecord(line, null, null, "JSON으로 읽을 수 없는 줄입니다.");
		}
		if (node == null || !node.isObject()) {
			return new BadRecord(line, null, null, "한 줄에 JSON 객체 하나가 있어야 합니다.");
		}
		return record(line, node);
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
