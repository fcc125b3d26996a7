package kr.cjournal.comments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may post and what is kept of them ({@code cjournal.comments.*}).
 * @param requireConfirmedEmail whether a reader must confirm their e-mail address before posting
 * @param newcomerPremoderation a reader's comments wait for a moderator until this many of theirs
 * have been shown (the desk can change it on the settings page; this is the value until then)
 * @param addressKey the key of the client-address HMAC; blank: one is made once and kept in
 * {@code comment_settings}, shared by every node on the database
 * @param addressRetention how long a comment keeps the hash of its client address
 */
@ConfigurationProperties("cjournal.comments")
record PostingSettings(Boolean requireConfirmedEmail, Integer newcomerPremoderation, String addressKey,
		Duration addressRetention) {

	PostingSettings {
		requireConfirmedEmail = requireConfirmedEmail == null || requireConfirmedEmail;
		newcomerPremoderation = newcomerPremoderation == null || newcomerPremoderation < 0 ? 3 : newcomerPremoderation;
		addressKey = addressKey == null ? "" : addressKey.strip();
		addressRetention = addressRetention == null ? Duration.ofDays(90) : addressRetention;
	}
}
