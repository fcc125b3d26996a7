package kr.cjournal.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param name the paper's name as readers see it
 * @param baseUrl scheme and host of canonical and share URLs, e.g. {@code https://www.cjournal.kr};
 * never taken from a request's Host header, so a forged header cannot poison cached pages
 * @param description the paper's one-line description for search engines and social cards
 * @param kakaoJsKey Kakao JavaScript key for the KakaoTalk share button; blank hides the button
 * @param youtubeChannel the paper's YouTube channel; blank hides the button
 * @param pageCache how long a built page is reused before it is built again; zero turns it off
 */
@ConfigurationProperties("cjournal.site")
record SiteSettings(String name, String baseUrl, String description, String kakaoJsKey, String youtubeChannel,
		Duration pageCache) {

	SiteSettings {
		baseUrl = baseUrl == null ? "" : baseUrl.replaceFirst("/+$", "");
		kakaoJsKey = kakaoJsKey == null ? "" : kakaoJsKey.strip();
		youtubeChannel = youtubeChannel == null ? "" : youtubeChannel.strip();
		pageCache = pageCache == null ? Duration.ZERO : pageCache;
	}

	String absolute(String path) {
		return baseUrl + path;
	}
}
