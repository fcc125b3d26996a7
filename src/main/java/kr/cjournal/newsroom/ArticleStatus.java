package kr.cjournal.newsroom;

/** Where an article is in the newsroom's workflow. */
public enum ArticleStatus {

	DRAFT("작성 중"), SUBMITTED("데스크 대기"), SCHEDULED("예약"), PUBLISHED("출고"), UNPUBLISHED("출고 취소");

	private final String label;

	ArticleStatus(String label) {
		this.label = label;
	}

	/** The status as the newsroom calls it. */
	public String label() {
		return label;
	}
}
