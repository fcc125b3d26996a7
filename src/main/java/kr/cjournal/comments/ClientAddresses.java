package kr.cjournal.comments;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Client addresses of comments, kept only as HMAC-SHA-256 with a key of the site (so the same
 * address can be recognised in abuse cases, but the address cannot be read back or found by
 * hashing every address), and forgotten after {@code cjournal.comments.address-retention}.
 */
@Component
class ClientAddresses {

	private static final Logger log = LoggerFactory.getLogger(ClientAddresses.class);

	static final String KEY_SETTING = "address-key";

	private final JdbcClient jdbc;

	private final PostingSettings settings;

	private final CommentSettings stored;

	private final Clock clock;

	private volatile SecretKeySpec key;

	ClientAddresses(JdbcClient jdbc, PostingSettings settings, CommentSettings stored, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.stored = stored;
		this.clock = clock;
	}

	/** The keyed hash of a client address (64 hex digits), or null for none. */
	String hash(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			return HexFormat.of().formatHex(mac.doFinal(address.strip().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java has HmacSHA256", e);
		}
	}

	/** Forgets the address hashes of comments older than the retention; returns how many. Daily at 04:30 KST. */
	@Scheduled(cron = "${cjournal.comments.address-purge-cron:0 30 4 * * *}", zone = "Asia/Seoul")
	int purge() {
		OffsetDateTime before = OffsetDateTime.now(clock).minus(settings.addressRetention());
		int purged = jdbc.sql("update comments set client_hash = null where client_hash is not null and created_at < ?")
			.params(before)
			.update();
		if (purged > 0) {
			log.info("Forgot the client address hashes of {} comments older than {}", purged, before);
		}
		return purged;
	}

	private SecretKeySpec key() {
		SecretKeySpec current = key;
		if (current == null) {
			String secret = settings.addressKey().isEmpty() ? stored.valueOrCreate(KEY_SETTING, ClientAddresses::newKey)
					: settings.addressKey();
			current = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
			key = current;
		}
		return current;
	}

	private static String newKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
