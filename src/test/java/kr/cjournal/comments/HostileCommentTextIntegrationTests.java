package kr.cjournal.comments;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.cjournal.accounts.Reader;
import kr.cjournal.accounts.Readers;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.TestReaders;
import kr.cjournal.support.TestStories;
import kr.cjournal.support.XssPayloads;

import static kr.cjournal.comments.CommentStatus.VISIBLE;
import static kr.cjournal.support.TestReaders.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every payload of {@link XssPayloads} as comment text and as a nickname renders as the words it
 * is, in the comment page, the fragment, the reader's page and the JSON: no element, handler or
 * script URL of its own.
 */
@CommentsAppTest
class HostileCommentTextIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestReaders readers;

	@Autowired
	TestStories stories;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Readers accounts;

	@Autowired
	JsonMapper json;

	@Test
	void hostileTextAndNicknamesRenderInertEverywhere() throws Exception {
		CommentRows rows = new CommentRows(jdbc, events);
		List<String> texts = XssPayloads.all().stream().filter(p -> CommentArea.bytes(p) <= CommentArea.MAX_BYTES).toList();
		// Nicknames are unique as compared (NFKC, lower case, no spaces): one payload per such key.
		java.util.Set<String> keys = new java.util.HashSet<>();
		List<String> nicknames = XssPayloads.upTo(20).stream().filter(n -> keys.add(Readers.nicknameKey(n))).toList();
		List<Reader> hostile = new ArrayList<>();
		for (String nickname : nicknames) {
			hostile.add(reader(nickname));
		}
		Reader viewer = readers.create("보는");
		long story = stories.publish("적대적 댓글 기사");
		for (int i = 0; i < texts.size(); i++) {
			rows.add(story, hostile.get(i % hostile.size()), texts.get(i), VISIBLE);
		}
		rows.changed(story);

		List<String> shownTexts = new ArrayList<>();
		List<String> shownNames = new ArrayList<>();
		int pages = (texts.size() + 19) / 20;
		for (int page = 1; page <= pages; page++) {
			for (String path : List.of("/article/" + story + "/comments?page=" + page,
					"/article/" + story + "/comments/fragment?page=" + page)) {
				Document doc = inert(path, viewer);
				if (path.contains("fragment")) {
					for (Element text : doc.select(".comment-text")) {
						assertThat(text.children()).as("elements inside a comment's text on %s", path).isEmpty();
						shownTexts.add(text.wholeText());
					}
					shownNames.addAll(doc.select(".comment-author").eachText());
				}
			}
			JsonNode list = json.readTree(mvc.perform(get("/api/v1/articles/" + story + "/comments?page=" + page)
				.with(as(viewer))
				.accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			for (JsonNode comment : list.get("comments")) {
				assertThat(texts).contains(comment.get("text").asString());
				assertThat(nicknames).contains(comment.get("nickname").asString());
			}
		}
		assertThat(shownTexts).containsExactlyInAnyOrderElementsOf(texts);
		assertThat(shownNames).hasSize(texts.size()).allMatch(nicknames::contains);
		// The firewall refuses encoded /, \, ; and % in any path before a page could show them (400),
		// and nickname rules keep them out of real nicknames.
		for (Reader reader : hostile.stream().filter(r -> !r.nickname().matches(".*[/\\\\;%].*")).toList()) {
			Document page = inert(reader.url(), viewer);
			assertThat(page.select(".reader-name").text()).isEqualTo(reader.nickname().strip());
		}
	}

	private Document inert(String path, Reader viewer) throws Exception {
		String html = mvc.perform(get(java.net.URI.create(path)).with(as(viewer))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Document doc = Jsoup.parse(html);
		for (Element element : doc.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).as("attribute on %s in %s", element.tagName(), path).doesNotStartWith("on");
				String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase();
				if (List.of("href", "src", "action", "formaction", "srcdoc", "data").contains(attribute.getKey())) {
					assertThat(value).as("%s of %s in %s", attribute.getKey(), element.tagName(), path)
						.doesNotStartWith("javascript:").doesNotStartWith("data:");
				}
			}
		}
		for (Element script : doc.select("script")) {
			assertThat(script.hasAttr("src") ? script.attr("src") : script.attr("type")).as("a script in %s", path)
				.matches("/js/[a-z-]+\\.js|application/ld\\+json");
		}
		assertThat(doc.select("iframe, object, embed, svg, math, img, video, audio, marquee, base, style, isindex, keygen"))
			.as("foreign elements in %s", path).isEmpty();
		return doc;
	}

	/** A reader whose nickname is the payload itself, as if the sign-up rules had let it through. */
	private Reader reader(String nickname) {
		String email = "hostile" + System.nanoTime() + "@example.com";
		jdbc.sql("insert into accounts (username, password_hash, display_name, email, roles) values (?, ?, ?, ?, 'READER')")
			.params(email, "{noop}x", "hostile", email)
			.update();
		long id = jdbc.sql("select id from accounts where username = ?").params(email).query(Long.class).single();
		jdbc.sql("insert into reader_profiles (account_id, nickname, nickname_key) values (?, ?, ?)")
			.params(id, nickname, Readers.nicknameKey(nickname))
			.update();
		return accounts.byId(id).orElseThrow();
	}
}
