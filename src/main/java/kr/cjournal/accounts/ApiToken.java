package kr.cjournal.accounts;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it in the list: never the token itself. */
public record ApiToken(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
		OffsetDateTime revokedAt) {

	public boolean revoked() {
		return revokedAt != null;
	}

	public String created() {
		return KoreanTime.format(createdAt);
	}

	public String lastUsed() {
		return lastUsedAt == null ? "사용 전" : KoreanTime.format(lastUsedAt);
	}

	public String revokedTime() {
		return KoreanTime.format(revokedAt);
	}
}
