package kr.cjournal.accounts;

import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request signed with a personal API token: its owner, with the owner's roles, for this request
 * only. The token's scopes decide which requests it may make at all ({@link BearerTokenFilter}).
 */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final String username;

	private final Set<TokenScope> scopes;

	ApiTokenAuthentication(String username, Set<Role> roles, Set<TokenScope> scopes) {
		super(StaffUserDetails.authorities(roles));
		this.username = username;
		this.scopes = Set.copyOf(scopes);
		setAuthenticated(true);
	}

	Set<TokenScope> scopes() {
		return scopes;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return username;
	}
}
