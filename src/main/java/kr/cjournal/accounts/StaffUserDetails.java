package kr.cjournal.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Looks up who is signing in. A disabled account is reported as unknown, so it gets the same
 * answer, after the same work, as a wrong user name or password. A password still kept under an
 * older hash is stored again under the current one after a successful sign-in.
 */
class StaffUserDetails implements UserDetailsService, UserDetailsPasswordService {

	private final Accounts accounts;

	StaffUserDetails(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.credentials(username)
			.filter(Accounts.Credentials::enabled)
			.map(c -> User.withUsername(c.username()).password(c.passwordHash()).authorities(authorities(c.roles())).build())
			.orElseThrow(() -> new UsernameNotFoundException("No enabled account of that name"));
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		accounts.rehash(user.getUsername(), newPassword);
		return User.withUserDetails(user).password(newPassword).build();
	}

	static List<GrantedAuthority> authorities(Set<Role> roles) {
		return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
	}

	static Set<Role> roles(Collection<? extends GrantedAuthority> authorities) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (authorities.stream().anyMatch(a -> role.authority().equals(a.getAuthority()))) {
				roles.add(role);
			}
		}
		return roles;
	}
}
