package kr.cjournal.exchange.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import tools.jackson.databind.json.JsonMapper;

/** The kinds of file {@code import} reads, and how to tell them apart. */
public enum ImportFormat {

	/** JSON Lines of the benchmark corpus / previous system's export. */
	CORPUS,

	/** IPTC ninjs 2.x documents, one a line. */
	NINJS,

	/** A WordPress export (WXR, Tools → Export). */
	WXR;

	public static Optional<ImportFormat> named(String name) {
		try {
			return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/**
	 * What the file's first bytes say it is: XML is WordPress, a JSON line with {@code "uri"} is
	 * ninjs, other JSON the corpus format.
	 */
	public static ImportFormat sniff(BufferedInputStream in) throws IOException {
		in.mark(1 << 16);
		byte[] head = in.readNBytes(1 << 16);
		in.reset();
		String text = new String(head, StandardCharsets.UTF_8).stripLeading();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1).stripLeading();
		}
		if (text.startsWith("<")) {
			return WXR;
		}
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		return first.contains("\"uri\"") && !first.contains("\"body_paragraphs\"") ? NINJS : CORPUS;
	}

	/**
	 * A reader of this format over {@code in} (the opened {@code file}); {@code uploads} is
	 * WordPress's uploads folder, or null; {@code ownUri} tells a ninjs story this site already has.
	 * A WordPress export is read from the file itself, twice (see {@link WxrReader}).
	 */
	public RecordReader open(InputStream in, Path file, Path uploads, JsonMapper json, Predicate<String> ownUri)
			throws IOException {
		return switch (this) {
			case CORPUS -> new CorpusReader(new InputStreamReader(in, StandardCharsets.UTF_8), json);
			case NINJS -> new NinjsReader(new InputStreamReader(in, StandardCharsets.UTF_8), json, ownUri);
			case WXR -> new WxrReader(file, uploads);
		};
	}

	/** Whether the share of the file read so far can be told from the stream given to {@link #open}. */
	public boolean readsTheStreamOnce() {
		return this != WXR;
	}
}
