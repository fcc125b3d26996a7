package kr.cjournal.newsroom;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where imported stories came from, for old links: the previous system's article numbers
 * ({@code /BP?command=article_view&num=}) and the old site's addresses (a WordPress permalink,
 * {@code /?p=123}).
 */
@Component
public class ArchiveSources {

	private final JdbcClient jdbc;

	ArchiveSources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The article that had number {@code number} in the previous system: the one imported under
	 * it, else the article of that id (numbers are kept as ids when they were free).
	 */
	public Optional<Long> legacyArticle(long number) {
		Optional<Long> imported = jdbc.sql("select article_id from article_sources where source = 'legacy' and source_key = ?")
			.params(Long.toString(number))
			.query(Long.class)
			.optional();
		return imported.isPresent() ? imported : Optional.of(number);
	}

	/** The article an old address of the site now belongs to (path with its query, as requested). */
	public Optional<Long> redirect(String pathAndQuery) {
		String path = normalised(pathAndQuery);
		if (path == null) {
			return Optional.empty();
		}
		return jdbc.sql("select article_id from article_redirects where path = ?").params(path).query(Long.class).optional();
	}

	/**
	 * An old address as it is kept and looked up: the path percent-decoded (WordPress writes
	 * {@code %ec%82%bc}, browsers {@code %EC%82%BC} or the letters), without a trailing slash,
	 * with its query as it was; null when it cannot be one (not a path, too long).
	 */
	static String normalised(String pathAndQuery) {
		if (pathAndQuery == null || !pathAndQuery.startsWith("/") || pathAndQuery.length() > 2000) {
			return null;
		}
		int question = pathAndQuery.indexOf('?');
		String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
		String query = question < 0 ? "" : pathAndQuery.substring(question);
		try {
			path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		while (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		String value = path + query;
		return value.length() > 1000 || value.codePoints().anyMatch(Character::isISOControl) ? null : value;
	}
}
