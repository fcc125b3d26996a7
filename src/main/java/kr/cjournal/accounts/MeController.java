package kr.cjournal.accounts;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who a session or an API token signs in as, for integrators to check. */
@RestController
class MeController {

	private final Accounts accounts;

	MeController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/me")
	Me me(Authentication me) {
		String displayName = accounts.findByUsername(me.getName()).map(Account::displayName).orElse(me.getName());
		List<String> roles = StaffUserDetails.roles(me.getAuthorities()).stream().map(Role::name).toList();
		return new Me(me.getName(), displayName, roles);
	}

	record Me(String username, String displayName, List<String> roles) {
	}
}
