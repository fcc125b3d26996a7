package kr.cjournal.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside accounts: a new staff member with the given roles and a personal API token
 * with the given scope codes ({@code articles:write}, ...; none: no token), made through the accounts' own
 * classes. No bean of its own, so using it makes no new application context.
 */
public final class StaffTokens {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private StaffTokens() {
	}

	/** Who was made: the user name, to put in a byline, and the token, to send as a bearer token. */
	public record Member(String username, String token) {
	}

	public static Member member(ApplicationContext context, Set<Role> roles, String... scopes) {
		String username = "tok" + SEQUENCE.incrementAndGet() + Long.toString(System.nanoTime(), 36);
		Account account = context.getBean(Accounts.class)
			.createStaff(username, "정하준", username + "@cjournal.example", "river lantern copper 58", roles);
		Set<TokenScope> granted = Arrays.stream(scopes)
			.map(code -> TokenScope.ofCode(code).orElseThrow(() -> new IllegalArgumentException(code)))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(TokenScope.class)));
		return new Member(username,
				granted.isEmpty() ? null : context.getBean(ApiTokens.class).issue(account.id(), "시험 토큰", granted));
	}
}
