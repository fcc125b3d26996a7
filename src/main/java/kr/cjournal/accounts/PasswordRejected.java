package kr.cjournal.accounts;

/** A password the policy refuses; the message says why, in Korean, for the person choosing it. */
class PasswordRejected extends IllegalArgumentException {

	PasswordRejected(String message) {
		super(message);
	}
}
