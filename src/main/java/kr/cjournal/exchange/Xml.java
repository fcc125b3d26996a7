package kr.cjournal.exchange;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer for feeds and sitemaps that never writes what XML 1.0 forbids: characters outside
 * its range (control characters pasted from a word processor, lone surrogates) are left out of
 * every text and attribute, and the writer escapes the rest ({@code <}, {@code &}).
 */
final class Xml implements AutoCloseable {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final XMLStreamWriter writer;

	private Xml(XMLStreamWriter writer) {
		this.writer = writer;
	}

	/** Starts a UTF-8 document on {@code out}; {@link #close()} ends it and flushes, but leaves {@code out} open. */
	static Xml start(OutputStream out) {
		try {
			XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			return new Xml(writer);
		}
		catch (XMLStreamException e) {
			throw new FeedWriteFailed(e);
		}
	}

	/** {@code text} without the characters XML 1.0 does not allow; null for null. */
	static String allowed(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder kept = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int width = Character.charCount(c);
			boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| (c >= 0x10000 && c <= 0x10FFFF);
			if (!ok && kept == null) {
				kept = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (ok && kept != null) {
				kept.appendCodePoint(c);
			}
			i += width;
		}
		return kept == null ? text : kept.toString();
	}

	Xml open(String name) {
		try {
			writer.writeStartElement(name);
			return this;
		}
		catch (XMLStreamException e) {
			throw new FeedWriteFailed(e);
		}
	}

	Xml namespace(String prefix, String uri) {
		try {
			if (prefix.isEmpty()) {
				writer.writeDefaultNamespace(uri);
			}
			else {
				writer.writeNamespace(prefix, uri);
			}
			return this;
		}
		catch (XMLStreamException e) {
			throw new FeedWriteFailed(e);
		}
	}

	Xml attribute(String name, String value) {
		try {
			writer.writeAttribute(name, allowed(value));
			return this;
		}
		catch (XMLStreamException e) {
			throw new FeedWriteFailed(e);
		}
	}

	Xml text(String text) {
		try {
			writer.writeCharacters(allowed(text));
			return this;
		}
		catch (XMLStreamException e) {
			throw new FeedWriteFailed(e);
		}
	}

	/** {@code <name>text</name>}, or nothing when {@code text} is null. */
	Xml element(String name, String text) {
		return text == null ? this : open(name).text(text).close(name);
	}

	/** Empty element with attributes given as name, value, name, value ... (null values left out). */
	Xml empty(String name, String... attributes) {
		try {
			writer.writeEmptyElement(name);
			for (int i = 0; i < attributes.length; i += 2) {
				if (attributes[i + 1] != null) {
					writer.writeAttribute(attributes[i], allowed(attributes[i + 1]));
				}
			}
			return this;
		}
		catch (XMLStreamException e) {
			throw new FeedWriteFailed(e);
		}
	}

	/** Ends the element named {@code name} (the name only makes the calling code readable). */
	Xml close(String name) {
		try {
			writer.writeEndElement();
			return this;
		}
		catch (XMLStreamException e) {
			throw new FeedWriteFailed(e);
		}
	}

	@Override
	public void close() {
		try {
			writer.writeEndDocument();
			writer.flush();
			writer.close();
		}
		catch (XMLStreamException e) {
			throw new FeedWriteFailed(e);
		}
	}

	/** Writing failed, nearly always because the client went away mid-stream. */
	static final class FeedWriteFailed extends RuntimeException {

		FeedWriteFailed(Throwable cause) {
			super(cause);
		}
	}
}
