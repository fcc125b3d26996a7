package kr.cjournal.exchange;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds and sitemaps parsed by the JDK's namespace-aware parser: a file that is not well-formed fails here. */
final class XmlDocuments {

	private XmlDocuments() {
	}

	static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception e) {
			throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
		}
	}

	static List<Element> elements(Element parent, String namespace, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

	static List<Element> children(Element parent, String namespace, String name) {
		return elements(parent, namespace, name).stream().filter(e -> e.getParentNode() == parent).toList();
	}

	/** The text of the only child {@code name}, or null when there is none. */
	static String text(Element parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		if (found.size() > 1) {
			throw new AssertionError("more than one " + name);
		}
		return found.isEmpty() ? null : found.get(0).getTextContent();
	}
}
