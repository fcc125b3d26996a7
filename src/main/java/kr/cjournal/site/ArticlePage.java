package kr.cjournal.site;

import java.util.List;

import kr.cjournal.newsroom.Article;
import kr.cjournal.newsroom.ArticleSummary;

/**
 * Everything the article page and its print view show, prepared once and cached: times in KST,
 * share links carrying the encoded canonical URL, the social card image and the JSON-LD;
 * {@code related} the stories search finds related (관련 기사), empty when there are none.
 */
public record ArticlePage(Masthead masthead, Article article, String canonicalUrl, String published,
		String publishedIso, String updated, String updatedIso, String socialImage, Share share, String jsonLd,
		List<ArticleSummary> latest, List<ArticleSummary> related) {

	/** The reporters' names joined for the byline and sign-off: 서하나·박지우 기자. */
	public String bylineNames() {
		return String.join("·", article.bylines().stream().map(r -> r.name()).toList());
	}

	/**
	 * @param kakaoKey blank when KakaoTalk sharing is not configured
	 * @param youtube the paper's channel, blank when not configured
	 */
	public record Share(String facebook, String x, String naver, String kakaoKey, String youtube, String url,
			String title, String description, String image) {
	}
}
