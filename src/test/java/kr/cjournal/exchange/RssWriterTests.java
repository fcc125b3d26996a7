package kr.cjournal.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static kr.cjournal.exchange.XmlDocuments.elements;
import static kr.cjournal.exchange.XmlDocuments.text;
import static org.assertj.core.api.Assertions.assertThat;

class RssWriterTests {

	static final OffsetDateTime NOON_UTC = OffsetDateTime.of(2026, 11, 27, 3, 4, 5, 0, ZoneOffset.UTC);

	static final String HOSTILE = "삼성 <반도체> & \"HBM\" 🚀\u0007 실적\u0000\uFFFE 발표 \uD800끝";

	@Test
	void hostileHeadlinesComeOutWellFormedWithoutControlCharacters() {
		Document rss = XmlDocuments.parse(write(item(HOSTILE, null)));

		Element item = elements(rss.getDocumentElement(), "", "item").get(0);
		assertThat(text(item, "", "title")).isEqualTo("삼성 <반도체> & \"HBM\" 🚀 실적 발표 끝");
		assertThat(text(item, "", "description")).isEqualTo("요약 <b> & 🚀");
	}

	@Test
	void theBodyTravelsOnlyWhenFullTextIsOn() {
		String body = "<p>본문 <a href=\"/people/1\">이재용</a> ]]> 끝</p>";
		Element withBody = elements(XmlDocuments.parse(write(item("제목", body))).getDocumentElement(), "", "item").get(0);
		Element withoutBody = elements(XmlDocuments.parse(write(item("제목", null))).getDocumentElement(), "", "item")
			.get(0);

		assertThat(text(withBody, RssWriter.CONTENT, "encoded")).isEqualTo(body);
		assertThat(text(withoutBody, RssWriter.CONTENT, "encoded")).isNull();
	}

	@Test
	void itemsCarryPermalinkGuidKstDateBylinesCategoriesAndPicture() {
		Element item = elements(XmlDocuments.parse(write(item("제목", null))).getDocumentElement(), "", "item").get(0);

		assertThat(text(item, "", "pubDate")).isEqualTo("Fri, 27 Nov 2026 12:04:05 +0900");
		Element guid = XmlDocuments.children(item, "", "guid").get(0);
		assertThat(guid.getAttribute("isPermaLink")).isEqualTo("true");
		assertThat(guid.getTextContent()).isEqualTo("https://www.cjournal.example/article/7");
		assertThat(text(item, RssWriter.DC, "creator")).isEqualTo("서하나, 박지우");
		assertThat(XmlDocuments.children(item, "", "category")).extracting(Element::getTextContent)
			.containsExactly("기업과산업", "기업일반");
		Element picture = XmlDocuments.children(item, RssWriter.MEDIA, "content").get(0);
		assertThat(picture.getAttribute("url")).isEqualTo("https://www.cjournal.example/media/a.jpg");
		assertThat(picture.getAttribute("width")).isEqualTo("1600");
	}

	private static RssWriter.Item item(String title, String body) {
		return new RssWriter.Item(title, "https://www.cjournal.example/article/7", "요약 <b> & 🚀\u001B", NOON_UTC,
				List.of("서하나", "박지우"), List.of("기업과산업", "기업일반"),
				new RssWriter.Picture("https://www.cjournal.example/media/a.jpg", 1600, 900, "사진 설명"), body);
	}

	private static byte[] write(RssWriter.Item item) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RssWriter.write(new RssWriter.Channel("씨저널", "https://www.cjournal.example/", "설명",
				"https://www.cjournal.example/rss.xml", NOON_UTC), List.of(item), out);
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		return out.toByteArray();
	}
}
