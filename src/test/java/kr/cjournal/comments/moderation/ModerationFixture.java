package kr.cjournal.comments.moderation;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kr.cjournal.accounts.Reader;
import kr.cjournal.support.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments for the moderation tests, written straight into the table (posting is another part's
 * work), and the checks the tests share.
 */
final class ModerationFixture {

	static final RequestPostProcessor MODERATOR = Staff.as("moderator1", "MODERATOR");

	static final RequestPostProcessor ADMIN = Staff.as("admin", "ADMIN");

	private static final AtomicLong ADDRESS = new AtomicLong(1);

	private ModerationFixture() {
	}

	static long comment(JdbcClient jdbc, long articleId, Reader author, String body) {
		return comment(jdbc, articleId, author, body, "VISIBLE", null);
	}

	static long comment(JdbcClient jdbc, long articleId, Reader author, String body, String status, String reviewReason) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		String key = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(32).putLong(System.nanoTime()).array());
		jdbc.sql("insert into comments (article_id, author_id, body, text_key, status, review_reason) values (?, ?, ?, ?, ?, ?)")
			.params(articleId, author.accountId(), body, key, status, reviewReason)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	static String status(JdbcClient jdbc, long commentId) {
		return jdbc.sql("select status from comments where id = ?").params(commentId).query(String.class).single();
	}

	/** The moderation log's rows about a comment, oldest first, as action names. */
	static List<String> logActions(JdbcClient jdbc, long commentId) {
		return jdbc.sql("select action from moderation_log where comment_id = ? order by id").params(commentId).query(String.class).list();
	}

	static Map<String, Object> lastLog(JdbcClient jdbc, long commentId) {
		return jdbc.sql("select * from moderation_log where comment_id = ? order by id desc limit 1").params(commentId).query().singleRow();
	}

	/** A client address of its own, so the per-address throttle of one test never meets another's. */
	static RequestPostProcessor fromOwnAddress() {
		long n = ADDRESS.getAndIncrement();
		String address = "10.77." + (n / 250) + "." + (n % 250 + 1);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static final Set<String> FOREIGN_TAGS = Set.of("iframe", "object", "embed", "base", "svg", "math", "marquee",
			"video", "audio", "keygen", "isindex", "img", "style", "noscript", "frame", "frameset", "applet");

	/**
	 * The page runs nothing a payload brought: scripts only our own files, no event handler
	 * attributes, no script-bearing URLs, no tag a payload could add; and every payload shows as text.
	 */
	static void assertInert(String html, List<String> shownAsText) {
		Document doc = Jsoup.parse(html);
		for (Element script : doc.select("script")) {
			assertThat(script.attr("src")).as("script element").startsWith("/js/");
			assertThat(script.data()).isBlank();
		}
		for (Element element : doc.getAllElements()) {
			assertThat(FOREIGN_TAGS).as("element from a payload").doesNotContain(element.normalName());
			if (element.normalName().equals("meta")) {
				assertThat(element.hasAttr("http-equiv")).isFalse();
			}
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey().toLowerCase()).as("attribute of <" + element.normalName() + ">").doesNotStartWith("on");
				assertThat(attribute.getKey().toLowerCase()).isNotIn("autofocus", "srcdoc", "contenteditable", "formaction");
				String value = attribute.getValue().strip().toLowerCase().replaceAll("[\\s\\u0000-\\u001f]", "");
				assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
			}
		}
		assertShown(doc.text(), shownAsText);
	}

	/** Each payload (but those with control characters, which HTML text normalises) is in the page's text. */
	static void assertShown(String text, List<String> payloads) {
		for (String payload : payloads) {
			if (payload.chars().noneMatch(c -> c < 0x20)) {
				assertThat(text).contains(payload.strip().replaceAll("\\s+", " "));
			}
		}
	}

	static long measure(JdbcClient jdbc, long commentId, String name, String contact, String reason, String status) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into comment_measures (comment_id, requester_name, requester_contact, reason_class, reason, status) "
				+ "values (?, ?, ?, 'PRIVACY', ?, ?)")
			.params(commentId, name, contact, reason, status)
			.update(keys, "id");
		return keys.getKey().longValue();
	}
}
