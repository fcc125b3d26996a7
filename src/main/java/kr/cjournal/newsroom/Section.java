package kr.cjournal.newsroom;

/**
 * A section of the paper (기업과산업) or a subsection of one (기업일반). {@code path} is what its
 * URL is made of: {@code industry} or {@code industry/general}.
 */
public record Section(long id, Long parentId, String slug, String path, String name, int position) {

	public boolean isSubsection() {
		return parentId != null;
	}

	public String url() {
		return "/section/" + path;
	}
}
