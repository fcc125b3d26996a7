package kr.cjournal.comments;

/** What a reader says is wrong with a comment they report. */
public enum ReportReason {

	ABUSE("욕설/비하"), DEFAMATION("명예훼손"), PRIVACY("개인정보 노출"), SPAM("광고/도배"), OTHER("기타");

	private final String label;

	ReportReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
