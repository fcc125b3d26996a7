package kr.cjournal.site;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import kr.cjournal.core.Kst;
import kr.cjournal.newsroom.Article;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.newsroom.Photo;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.search.SearchEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds article pages: four queries (article, bylines, photos, latest articles) per build, and
 * the related stories from the search index and one query for their summaries. The page is cached,
 * so this is paid once per cached lifetime, not per reader.
 */
@Component
class ArticlePages {

	static final int LATEST = 10;

	static final int RELATED = 5;

	private final Articles articles;

	private final Mastheads mastheads;

	private final SiteSettings settings;

	private final JsonMapper json;

	private final SearchEngine search;

	ArticlePages(Articles articles, Mastheads mastheads, SiteSettings settings, JsonMapper json, SearchEngine search) {
		this.articles = articles;
		this.search = search;
		this.mastheads = mastheads;
		this.settings = settings;
		this.json = json;
	}

	/** The page of a published article with its related stories; null when there is none. */
	ArticlePage find(long id) {
		return articles.findPublished(id).map(article -> build(article, true)).orElse(null);
	}

	/** The same for the print view, which shows no related stories and so does not look for them. */
	ArticlePage findForPrint(long id) {
		return articles.findPublished(id).map(article -> build(article, false)).orElse(null);
	}

	private ArticlePage build(Article article, boolean withRelated) {
		String canonical = settings.absolute(article.url());
		String image = article.photos().isEmpty() ? settings.absolute("/img/cjournal-card.png")
				: settings.absolute(article.photos().get(0).url());
		String url = encode(canonical);
		String title = encode(article.headline());
		ArticlePage.Share share = new ArticlePage.Share("https://www.facebook.com/sharer/sharer.php?u=" + url,
				"https://twitter.com/intent/tweet?url=" + url + "&text=" + title,
				"https://share.naver.com/web/shareView?url=" + url + "&title=" + title, settings.kakaoJsKey(),
				settings.youtubeChannel(), canonical, article.headline(), article.summary(), image);
		return new ArticlePage(mastheads.of(article.topSection()), article, canonical,
				Kst.seconds(article.publishedAt()), Kst.iso(article.publishedAt()),
				article.updatedAt() == null ? null : Kst.seconds(article.updatedAt()),
				article.updatedAt() == null ? null : Kst.iso(article.updatedAt()), image, share,
				jsonLd(article, canonical), latestOtherThan(article),
				withRelated ? related(article) : List.of());
	}

	/** Up to five related stories in the engine's order, published ones only; never the story itself. */
	private List<ArticleSummary> related(Article article) {
		List<Long> ids = search.related(article.id(), RELATED).stream().filter(id -> id != article.id()).toList();
		return ids.isEmpty() ? List.of() : articles.summaries(ids).stream().limit(RELATED).toList();
	}

	/** The newest articles but the one being read. */
	private List<ArticleSummary> latestOtherThan(Article article) {
		return articles.latest(LATEST + 1).stream().filter(s -> s.id() != article.id()).limit(LATEST).toList();
	}

	/** schema.org NewsArticle, safe to place inside a script element. */
	private String jsonLd(Article article, String canonical) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "NewsArticle");
		ld.put("mainEntityOfPage", canonical);
		ld.put("headline", article.headline());
		if (article.subtitle() != null) {
			ld.put("alternativeHeadline", article.subtitle());
		}
		ld.put("description", article.summary());
		ld.put("articleSection", article.section().name());
		ld.put("inLanguage", "ko-KR");
		ld.put("datePublished", Kst.iso(article.publishedAt()));
		ld.put("dateModified", Kst.iso(article.updatedAt() == null ? article.publishedAt() : article.updatedAt()));
		ld.put("image", article.photos().stream().map(Photo::url).map(settings::absolute).toList());
		ld.put("author", article.bylines().stream().map(this::person).toList());
		ld.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", settings.name(), "url",
				settings.absolute("/"), "logo", Map.of("@type", "ImageObject", "url", settings.absolute("/img/logo.png"))));
		return JsonLd.write(json, ld);
	}

	private Map<String, Object> person(Reporter reporter) {
		return Map.of("@type", "Person", "name", reporter.name(), "email", reporter.email(), "url",
				settings.absolute(reporter.url()));
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}
}
