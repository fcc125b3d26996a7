package kr.cjournal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with time-based one-time codes (RFC 6238: six digits, 30-second steps,
 * HMAC-SHA-1, which every authenticator app understands) and ten one-time recovery codes.
 * A code is accepted for the current step and one step either side (clock drift), and only for a
 * step later than the last one accepted, so a code seen over someone's shoulder or in a proxy
 * log cannot be used again. Recovery codes are kept as SHA-256 hashes (they are random, 80 bits
 * and more, so a fast hash is enough, as for API tokens) and each works once.
 */
@Component
class TwoFactor {

	static final int DIGITS = 6;

	static final int PERIOD_SECONDS = 30;

	static final int RECOVERY_CODES = 10;

	private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	private final SecretGenerator secrets = new DefaultSecretGenerator();

	private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String issuer;

	TwoFactor(JdbcClient jdbc, ObjectProvider<Clock> clock, @Value("${cjournal.site.name:씨저널}") String issuer) {
		this.jdbc = jdbc;
		this.clock = clock.getIfUnique(Clock::systemUTC);
		this.issuer = issuer;
	}

	/** A new random secret: 32 base32 characters, 160 bits. */
	String newSecret() {
		return secrets.generate();
	}

	/** Whether the account of this user name signs in with a code as well as its password. */
	boolean isOn(String username) {
		return jdbc.sql("select count(*) from two_factor t join accounts a on a.id = t.account_id where a.username = ?")
			.params(StaffRules.normalize(username))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Turns two-factor sign-in on with the secret the person added to their app, if the code is
	 * the app's current one. That code cannot be used again to sign in.
	 * @return the recovery codes, to show once; empty when the code was wrong
	 */
	@Transactional
	Optional<List<String>> enable(long accountId, String secret, String code) {
		Optional<Long> step = matchingStep(secret, code);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		disable(accountId);
		jdbc.sql("insert into two_factor (account_id, secret, last_step, enabled_at) values (?, ?, ?, ?)")
			.params(accountId, secret, step.get(), now())
			.update();
		List<String> shown = Arrays.asList(recoveryCodes.generateCodes(RECOVERY_CODES));
		for (String recoveryCode : shown) {
			jdbc.sql("insert into two_factor_recovery_codes (account_id, code_hash) values (?, ?)")
				.params(accountId, hash(recoveryCode))
				.update();
		}
		return Optional.of(shown);
	}

	@Transactional
	void disable(long accountId) {
		jdbc.sql("delete from two_factor_recovery_codes where account_id = ?").params(accountId).update();
		jdbc.sql("delete from two_factor where account_id = ?").params(accountId).update();
	}

	/**
	 * Whether what was typed is the account's current code, not used before, or one of its unused
	 * recovery codes, which is then used up. Either way, the answer holds on every node: the
	 * accepted step and the used code are recorded by one conditional update each.
	 */
	boolean accept(String username, String typed) {
		String name = StaffRules.normalize(username);
		String code = typed == null ? "" : typed.replaceAll("[\\s-]", "");
		if (SIX_DIGITS.matcher(code).matches()) {
			Optional<String> secret = jdbc.sql("select t.secret from two_factor t join accounts a on a.id = t.account_id where a.username = ?")
				.params(name)
				.query(String.class)
				.optional();
			Optional<Long> step = secret.flatMap(s -> matchingStep(s, code));
			return step.isPresent() && jdbc.sql("""
					update two_factor set last_step = ?
					where last_step < ? and account_id = (select id from accounts where username = ?)""")
				.params(step.get(), step.get(), name)
				.update() == 1;
		}
		String recovery = normalizeRecoveryCode(code);
		if (recovery.length() < 16 || recovery.length() > 64) {
			return false;
		}
		return jdbc.sql("""
				update two_factor_recovery_codes set used_at = ?
				where used_at is null and code_hash = ? and account_id = (select id from accounts where username = ?)
				  and account_id in (select account_id from two_factor)""")
			.params(now(), hash(recovery), name)
			.update() == 1;
	}

	/** Recovery codes of the account not used yet. */
	int unusedRecoveryCodes(long accountId) {
		return jdbc.sql("select count(*) from two_factor_recovery_codes where account_id = ? and used_at is null")
			.params(accountId)
			.query(Long.class)
			.single()
			.intValue();
	}

	/** The step, within one either side of now, whose code this is. */
	private Optional<Long> matchingStep(String secret, String code) {
		if (code == null || !SIX_DIGITS.matcher(code.strip()).matches()) {
			return Optional.empty();
		}
		byte[] typed = code.strip().getBytes(StandardCharsets.US_ASCII);
		long now = Math.floorDiv(clock.millis() / 1000, PERIOD_SECONDS);
		Optional<Long> found = Optional.empty();
		// Every candidate is computed and compared in constant time, so timing tells nothing.
		for (long step = now + 1; step >= now - 1; step--) {
			if (MessageDigest.isEqual(typed, generate(secret, step).getBytes(StandardCharsets.US_ASCII))) {
				found = Optional.of(step);
			}
		}
		return found;
	}

	private String generate(String secret, long step) {
		try {
			return codes.generate(secret, step);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException("Cannot compute a TOTP code", e);
		}
	}

	/** The {@code otpauth://} address an authenticator app reads from the QR code. */
	String otpauthUri(String username, String secret) {
		// "Issuer:account", which apps that ignore the issuer parameter still show.
		return new QrData.Builder().label(issuer + ":" + username)
			.secret(secret)
			.issuer(issuer)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD_SECONDS)
			.build()
			.getUri();
	}

	/** The QR code of {@link #otpauthUri} as an SVG image in a {@code data:} address (the CSP allows those). */
	String qrCodeDataUri(String username, String secret) {
		BitMatrix matrix;
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.MARGIN, 4);
			hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
			hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
			matrix = new QRCodeWriter().encode(otpauthUri(username, secret), BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException e) {
			throw new IllegalStateException("Cannot draw the QR code", e);
		}
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
				+ path + "\"/></svg>";
		return "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

	/** The secret in groups of four, as it is easier to type from the screen. */
	static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

	private static String normalizeRecoveryCode(String code) {
		return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private static String hash(String recoveryCode) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(normalizeRecoveryCode(recoveryCode).getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}
}
