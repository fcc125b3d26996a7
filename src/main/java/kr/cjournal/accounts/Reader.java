package kr.cjournal.accounts;

import java.time.OffsetDateTime;

/**
 * A reader: an account that holds only {@link Role#READER}, known to others by its nickname.
 * @param confirmed whether the e-mail address was confirmed by following the link sent to it
 */
public record Reader(long accountId, String email, String nickname, boolean confirmed, OffsetDateTime joinedAt) {

	/** The reader's public page. */
	public String url() {
		return "/reader/" + java.net.URLEncoder.encode(nickname, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}
}
