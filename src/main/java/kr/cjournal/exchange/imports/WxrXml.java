package kr.cjournal.exchange.imports;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming a WXR file: a StAX reader that reads no DTD and no external entity (so an export
 * cannot make the import read local files or expand entities without end), over text from which
 * the control characters WordPress is known to export, which XML forbids, are taken out, so that
 * one pasted control character does not end the import. Line numbers are kept.
 */
final class WxrXml {

	static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]{1,40})[\"']");

	private WxrXml() {
	}

	static XMLStreamReader open(InputStream in) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
		trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		try {
			return factory.createXMLStreamReader(new XmlChars(reader(in)));
		}
		catch (XMLStreamException e) {
			throw new IOException("WordPress 내보내기 파일(WXR)을 읽을 수 없습니다", e);
		}
	}

	private static void trySet(XMLInputFactory factory, String property, Object value) {
		try {
			factory.setProperty(property, value);
		}
		catch (IllegalArgumentException e) {
			// a StAX implementation without the property reads no external files anyway (DTDs are off)
		}
	}

	/** The text in the encoding the XML declaration names (WordPress writes UTF-8). */
	private static Reader reader(InputStream in) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
		buffered.mark(512);
		byte[] head = buffered.readNBytes(512);
		buffered.reset();
		Charset charset = StandardCharsets.UTF_8;
		int skip = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
				? 3 : 0;
		Matcher declared = ENCODING.matcher(new String(head, skip, head.length - skip, StandardCharsets.ISO_8859_1));
		if (declared.find() && Charset.isSupported(declared.group(1))) {
			charset = Charset.forName(declared.group(1));
		}
		buffered.skipNBytes(skip);
		return new InputStreamReader(buffered, charset);
	}

	static boolean isWordPress(String namespace) {
		return namespace != null && namespace.startsWith("http://wordpress.org/export/")
				&& !namespace.endsWith("/excerpt/");
	}

	static boolean isExcerpt(String namespace) {
		return namespace != null && namespace.startsWith("http://wordpress.org/export/")
				&& namespace.endsWith("/excerpt/");
	}

	static boolean isPlain(XMLStreamReader xml) {
		String namespace = xml.getNamespaceURI();
		return namespace == null || namespace.isEmpty();
	}

	/** The text of the element the reader is at, up to {@code limit + 1} characters; ends on its end tag. */
	static String text(XMLStreamReader xml, int limit) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			switch (xml.next()) {
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					int room = limit + 1 - text.length();
					if (room > 0) {
						int length = Math.min(room, xml.getTextLength());
						text.append(xml.getTextCharacters(), xml.getTextStart(), length);
					}
				}
				case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end of file",
						xml.getLocation());
				default -> {
				}
			}
		}
		return text.toString();
	}

	/** Passes over the element the reader is at, ending on its end tag. */
	static void skip(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new XMLStreamException("unexpected end of file", xml.getLocation());
			}
		}
	}

	/** Drops the characters XML 1.0 does not allow; newlines stay, so do line numbers. */
	private static final class XmlChars extends FilterReader {

		XmlChars(Reader in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			char[] one = new char[1];
			return read(one, 0, 1) < 0 ? -1 : one[0];
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			while (true) {
				int read = in.read(buffer, offset, length);
				if (read <= 0) {
					return read;
				}
				int kept = offset;
				for (int i = offset; i < offset + read; i++) {
					char c = buffer[i];
					if (c >= 0x20 ? c < 0xFFFE : c == '\t' || c == '\n' || c == '\r') {
						buffer[kept++] = c;
					}
				}
				if (kept > offset) {
					return kept - offset;
				}
			}
		}
	}
}
