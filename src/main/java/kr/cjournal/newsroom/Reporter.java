package kr.cjournal.newsroom;

/** A reporter (기자) as readers see them in a byline. */
public record Reporter(long id, String name, String email) {

	public String url() {
		return "/reporter/" + id;
	}
}
