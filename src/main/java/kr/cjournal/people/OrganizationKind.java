package kr.cjournal.people;

/** What kind of organisation it is, as readers would call it. */
public enum OrganizationKind {

	GROUP("그룹"), COMPANY("기업"), PUBLIC_BODY("공공기관"), OTHER("기타");

	private final String label;

	OrganizationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
