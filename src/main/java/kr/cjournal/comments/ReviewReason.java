package kr.cjournal.comments;

/** Why a comment waits for a moderator. */
public enum ReviewReason {

	FILTER("클린필터"), DEFAMATION("명예훼손 의심"), REPORTS("신고 누적"), NEWCOMER("새 독자"),
	STORY_PREMODERATION("기사 사전 검토"), SITE_PREMODERATION("사이트 사전 검토");

	private final String label;

	ReviewReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
