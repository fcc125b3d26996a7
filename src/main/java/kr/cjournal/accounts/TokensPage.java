package kr.cjournal.accounts;

import java.util.List;

/**
 * A staff member's personal API tokens.
 * @param newToken a token just issued, shown this once, or null
 */
public record TokensPage(List<ApiToken> tokens, String newToken, String notice, String error) {

	/** The scopes a new token may be given, in the order they are offered. */
	public List<TokenScope> scopes() {
		return List.of(TokenScope.values());
	}
}
