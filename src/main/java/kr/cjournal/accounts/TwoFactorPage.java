package kr.cjournal.accounts;

import java.util.List;

/**
 * A staff member's two-factor sign-in page.
 * @param on whether two-factor sign-in is on
 * @param secret while off: the secret to type into the app by hand, in groups of four
 * @param qrCode while off: the QR code of the {@code otpauth://} address, as a {@code data:} URI
 * @param unusedRecoveryCodes while on: recovery codes left
 * @param recoveryCodes right after turning it on: the recovery codes, shown this once; else null
 * @param required whether this account must have it ({@code cjournal.accounts.require-two-factor})
 */
public record TwoFactorPage(StaffMember member, boolean on, String secret, String qrCode, int unusedRecoveryCodes,
		List<String> recoveryCodes, boolean required, String notice, String error) {

	static TwoFactorPage off(StaffMember member, String secret, String qrCode, boolean required, String notice, String error) {
		return new TwoFactorPage(member, false, secret, qrCode, 0, null, required, notice, error);
	}

	static TwoFactorPage on(StaffMember member, int unusedRecoveryCodes, List<String> recoveryCodes, boolean required,
			String notice, String error) {
		return new TwoFactorPage(member, true, null, null, unusedRecoveryCodes, recoveryCodes, required, notice, error);
	}
}
