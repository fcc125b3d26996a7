package kr.cjournal.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kr.cjournal.support.DemoPaperTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a first-time reader of the demo paper reads, and what search engines and chat apps show of
 * it: the words on the home, section, article, person and company pages, their meta descriptions,
 * OpenGraph and Twitter cards and JSON-LD never show Markdown or the addresses links point to.
 */
@DemoPaperTest
class ReaderTextIntegrationTests {

	/** What a reader should never read: link targets, Markdown link and image syntax, raw bold. */
	static final List<String> MARKUP = List.of("(/company/", "(/people/", "](", "**", "image:");

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageTeasersAreTheStoriesWordsWithoutLinkTargets() throws Exception {
		Document home = page("/");

		List<String> teasers = home.select(".item-summary").eachText();
		assertThat(teasers).as("teasers on the demo home page").isNotEmpty().allSatisfy(t -> assertThat(t).isNotBlank());
		assertThat(teasers).allSatisfy(teaser -> assertThat(teaser).doesNotContain(MARKUP).doesNotContain("/company/",
				"/people/", "http"));
		assertReaderSeesNoMarkup("/", home);
	}

	@Test
	void articleSectionPersonAndCompanyPagesAndTheirCardsShowNoMarkup() throws Exception {
		Document home = page("/");
		// Stories, not their comment pages (the 댓글 N links beside them).
		Set<String> articles = new LinkedHashSet<>(home.select("a[href^=/article/]").eachAttr("href"));
		articles.removeIf(href -> !href.matches("/article/\\d+"));
		Set<String> sections = new LinkedHashSet<>(home.select(".block-title a[href^=/section/]").eachAttr("href"));
		assertThat(articles).as("articles on the home page").hasSizeGreaterThanOrEqualTo(7);
		assertThat(sections).isNotEmpty();
		Set<String> entities = new LinkedHashSet<>();
		for (String path : articles) {
			Document article = page(path);
			assertReaderSeesNoMarkup(path, article);
			String description = article.select("meta[name=description]").attr("content");
			assertThat(description).as("meta description of %s", path).isNotBlank();
			assertThat(article.select("meta[property=og:description]").attr("content")).isEqualTo(description);
			assertThat(article.select("meta[name=twitter:description]").attr("content")).isEqualTo(description);
			assertThat(article.select("script[type=application/ld+json]").html())
				.as("JSON-LD of %s", path)
				.contains("\"description\"");
			entities.addAll(article.select("#article-body a.human_link, #article-body a.company_link").eachAttr("href"));
		}
		assertThat(entities).as("people and companies linked from the stories")
			.anyMatch(p -> p.startsWith("/people/"))
			.anyMatch(p -> p.startsWith("/company/"));
		List<String> others = new ArrayList<>(sections);
		others.addAll(entities);
		for (String path : others) {
			Document page = page(path);
			assertReaderSeesNoMarkup(path, page);
			assertThat(page.select(".career .period").eachText()).as("career periods on %s", path)
				.allMatch(period -> period.matches("(\\d{4}년 \\d{1,2}월~)?현재|(\\d{4}년 \\d{1,2}월)?~\\d{4}년 \\d{1,2}월"));
		}
	}

	/** The visible text, the texts for search engines and social cards, and JSON-LD. */
	static void assertReaderSeesNoMarkup(String path, Document page) {
		assertThat(page.body().text()).as("visible text of %s", path).doesNotContain(MARKUP);
		assertThat(page.title()).as("title of %s", path).doesNotContain(MARKUP);
		for (Element meta : page.select("meta[name=description], meta[property^=og:], meta[name^=twitter:]")) {
			if (!meta.attr("property").matches("og:(url|image.*)") && !meta.attr("name").startsWith("twitter:image")) {
				assertThat(meta.attr("content")).as("%s of %s", meta.outerHtml(), path)
					.doesNotContain(MARKUP)
					.doesNotContain("/company/", "/people/");
			}
		}
		for (Element script : page.select("script[type=application/ld+json]")) {
			assertThat(script.html()).as("JSON-LD of %s", path).doesNotContain(MARKUP);
		}
	}

	private Document page(String path) throws Exception {
		String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html, "http://localhost:8080" + path);
	}
}
