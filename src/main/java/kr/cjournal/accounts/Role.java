package kr.cjournal.accounts;

/** What an account may do; an account may hold several roles. */
public enum Role {

	REPORTER("기자"), EDITOR("데스크"), MODERATOR("댓글 관리"), ADMIN("관리자"), READER("독자");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	/** The Spring Security authority this role grants: {@code ROLE_} and the role's name. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The role's name as the newsroom says it, in Korean. */
	public String label() {
		return label;
	}
}
