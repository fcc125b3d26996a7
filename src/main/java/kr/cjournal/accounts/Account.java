package kr.cjournal.accounts;

import java.util.Set;

/** An account without its password hash, which never leaves this module. */
public record Account(long id, String username, String displayName, Set<Role> roles, boolean enabled) {
}
