package kr.cjournal.accounts;

import java.security.SecureRandom;

/** Passwords made up for a person to read off a screen or a log once and then change. */
final class RandomPasswords {

	/** No 0/O, 1/l/I: the password is read by a person. */
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomPasswords() {
	}

	/** 20 characters from 57: about 116 bits, far past what the password policy asks. */
	static String generate() {
		StringBuilder password = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
