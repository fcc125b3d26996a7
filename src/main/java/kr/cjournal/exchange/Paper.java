package kr.cjournal.exchange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The paper as feeds and sitemaps name it: its name and description, and the one host every URL
 * they give is on ({@code cjournal.site.base-url}; never a request's Host header, so a forged
 * header cannot poison a cached feed).
 */
@Component
class Paper {

	private final String name;

	private final String description;

	private final String baseUrl;

	Paper(@Value("${cjournal.site.name}") String name, @Value("${cjournal.site.description}") String description,
			@Value("${cjournal.site.base-url}") String baseUrl) {
		this.name = name;
		this.description = description;
		this.baseUrl = baseUrl.replaceFirst("/+$", "");
	}

	String name() {
		return name;
	}

	String description() {
		return description;
	}

	String absolute(String path) {
		return baseUrl + path;
	}
}
