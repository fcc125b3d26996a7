package kr.cjournal.accounts;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;

import kr.cjournal.core.Kst;

/** A personal API token as its owner sees it in the list: never the token itself. */
public record ApiToken(long id, String name, String prefix, Set<TokenScope> scopes, OffsetDateTime createdAt,
		OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

	/** What the token may do, in Korean, e.g. "읽기, 인물 등록". */
	public String scopeLabels() {
		return scopes.stream().sorted().map(TokenScope::label).collect(Collectors.joining(", "));
	}

	public boolean revoked() {
		return revokedAt != null;
	}

	public String created() {
		return Kst.minutes(createdAt);
	}

	public String lastUsed() {
		return lastUsedAt == null ? "사용 전" : Kst.minutes(lastUsedAt);
	}

	public String revokedTime() {
		return Kst.minutes(revokedAt);
	}
}
