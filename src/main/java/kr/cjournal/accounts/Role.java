package kr.cjournal.accounts;

/** What an account may do; an account may hold several roles. */
public enum Role {
	REPORTER, EDITOR, MODERATOR, ADMIN, READER
}
