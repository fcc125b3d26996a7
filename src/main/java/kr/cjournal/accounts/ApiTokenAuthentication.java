package kr.cjournal.accounts;

import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed with a personal API token: its owner, with the owner's roles, for this request only. */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final String username;

	ApiTokenAuthentication(String username, Set<Role> roles) {
		super(StaffUserDetails.authorities(roles));
		this.username = username;
		setAuthenticated(true);
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
