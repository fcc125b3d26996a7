package kr.cjournal.newsroom;

/**
 * A reporter (기자) as readers see them in a byline; {@code username} is the staff account that
 * writes under it, null for a byline without an account.
 */
public record Reporter(long id, String name, String email, String username) {

	public Reporter(long id, String name, String email) {
		this(id, name, email, null);
	}

	public String url() {
		return "/reporter/" + id;
	}
}
