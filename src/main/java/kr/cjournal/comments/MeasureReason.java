package kr.cjournal.comments;

/** The class of right a requester says a comment infringes; the public list shows only this. */
public enum MeasureReason {

	DEFAMATION("명예훼손"), PRIVACY("사생활 침해"), INSULT("모욕"), COPYRIGHT("저작권 침해"), OTHER("기타 권리침해");

	private final String label;

	MeasureReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
