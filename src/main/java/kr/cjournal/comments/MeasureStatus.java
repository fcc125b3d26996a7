package kr.cjournal.comments;

/** A temporary measure's course: requested, applied (blind up to 30 days), objected, closed. */
public enum MeasureStatus {

	REQUESTED("접수"), REJECTED("기각"), APPLIED("임시조치 중"), OBJECTED("이의 제기"), RESTORED("복원"),
	DELETED("삭제");

	private final String label;

	MeasureStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
