package kr.cjournal.accounts;

/**
 * The password reset pages: asking for a link ({@code token} null) or setting the new password.
 * @param sent whether a request was just taken (the same answer whether or not the address has an account)
 */
public record ResetPage(String token, boolean sent, String error, String csrfParameter, String csrfToken) {

	/** The answer to a request, whether or not an account has the address. */
	public static final String SENT = "입력하신 주소로 가입된 계정이 있으면 비밀번호를 새로 정하는 링크를 보냈습니다. 메일이 오지 않으면 스팸 메일함을 확인해 주세요.";
}
