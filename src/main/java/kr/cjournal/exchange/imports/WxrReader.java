package kr.cjournal.exchange.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0–1.2, Tools → Export) as stories to import: each published post
 * with its section (its category), reporter (its author), body as Markdown, featured and inline
 * pictures from a copy of the site's {@code wp-content/uploads} folder, and its old addresses.
 *
 * <p>The file is streamed twice, never held: a featured image is an attachment item that may come
 * after its post, so a first pass reads only the small facts (authors, categories, attachments'
 * addresses and captions, see {@link WxrSite}) and the second yields the posts one at a time. A
 * stream given to the reader is first copied to a temporary file (deleted on {@link #close()}) so
 * that it can be read twice.
 *
 * <p>A post that cannot be a story (no title, a date that is not one, an empty body) is a
 * {@link BadRecord} and reading goes on; XML that breaks inside an item cannot be read past, so it
 * is a bad record for that item and the end of the file. A file that is not a WordPress export at
 * all throws an {@link IOException} saying so, in Korean.
 */
public final class WxrReader implements RecordReader {

	/** How the reader gets at the file, once for each pass. */
	@FunctionalInterface
	interface Source {
		InputStream open() throws IOException;
	}

	private final Source source;

	private final Path spooled;

	private final WxrPosts posts;

	private InputStream input;

	private XMLStreamReader xml;

	private boolean done;

	/**
	 * @param file the WXR file
	 * @param uploads a copy of the site's {@code wp-content/uploads} folder, or null
	 */
	public WxrReader(Path file, Path uploads) throws IOException {
		this(() -> Files.newInputStream(file), uploads, null);
	}

	/** Reads a WXR file given as a stream, copied to a temporary file first; the caller closes the stream. */
	public WxrReader(InputStream in, Path uploads) throws IOException {
		this(spool(in), uploads, true);
	}

	private WxrReader(Path spooled, Path uploads, boolean temporary) throws IOException {
		this(() -> Files.newInputStream(spooled), uploads, temporary ? spooled : null);
	}

	WxrReader(Source source, Path uploads, Path spooled) throws IOException {
		this.source = source;
		this.spooled = spooled;
		WxrSite site;
		try (InputStream in = source.open()) {
			site = WxrSite.read(in);
		}
		catch (IOException e) {
			deleteSpooled();
			throw e;
		}
		this.posts = new WxrPosts(site, new UploadsFolder(uploads));
	}

	@Override
	public ImportItem next() throws IOException {
		if (done) {
			return null;
		}
		if (xml == null) {
			input = source.open();
			xml = WxrXml.open(input);
		}
		long line = 0;
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("item")
						&& WxrXml.isPlain(xml)) {
					line = xml.getLocation().getLineNumber();
					WxrItem item = WxrItem.read(xml, true);
					ImportItem read = convert(item);
					if (read != null) {
						return read;
					}
					line = 0;
				}
			}
		}
		catch (XMLStreamException e) {
			done = true;
			close();
			long at = line > 0 ? line : WxrSite.line(e);
			return new BadRecord(at, null, null, "XML이 깨져 있어 이 글부터 파일 끝까지 읽지 못했습니다 ("
					+ WxrSite.line(e) + "번째 줄)");
		}
		done = true;
		close();
		return null;
	}

	/** A post this reader cannot turn into a story, whatever the reason, is reported, not thrown. */
	private ImportItem convert(WxrItem item) {
		try {
			return posts.convert(item);
		}
		catch (RuntimeException | StackOverflowError e) {
			return new BadRecord(item.line(), null, null, "이 글을 읽지 못했습니다: " + e.getClass().getSimpleName());
		}
	}

	@Override
	public void close() throws IOException {
		done = true;
		if (xml != null) {
			WxrSite.close(xml);
			xml = null;
		}
		if (input != null) {
			input.close();
			input = null;
		}
		deleteSpooled();
	}

	private void deleteSpooled() throws IOException {
		if (spooled != null) {
			Files.deleteIfExists(spooled);
		}
	}

	private static Path spool(InputStream in) throws IOException {
		Path file = Files.createTempFile("cjournal-wxr-", ".xml");
		try {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException e) {
			Files.deleteIfExists(file);
			throw e;
		}
	}
}
