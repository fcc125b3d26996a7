package kr.cjournal.accounts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A staff account was created or changed (including the first administrator at first start).
 * Published inside the transaction that saved it, so {@code @ApplicationModuleListener}s see it
 * once it is committed; the newsroom keeps reporters' bylines in step with it.
 */
public record StaffAccountSaved(long accountId, String username, String displayName, String email, Set<Role> roles,
		boolean enabled) {

	public StaffAccountSaved {
		roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}
}
