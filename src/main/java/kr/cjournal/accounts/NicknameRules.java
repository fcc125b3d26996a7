package kr.cjournal.accounts;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a reader's nickname must look like: 2 to 12 characters, each a Hangul syllable, a Latin
 * letter, a digit or {@code _}; and nothing that passes for the paper or its staff (관리자,
 * 기자, admin ...), also as a part of the name, in any case, through {@code _} or digits standing
 * for letters (adm1n).
 */
final class NicknameRules {

	static final int MIN_LENGTH = 2;

	static final int MAX_LENGTH = 12;

	/** Compared with the nickname lower-cased and without {@code _}. */
	static final List<String> STAFF_LIKE = List.of("관리자", "관리인", "운영자", "운영진", "운영팀", "기자", "데스크", "편집국",
			"편집장", "편집부", "씨저널", "시저널", "고객센터", "사무국", "대표이사", "공식", "cjournal", "admin", "moderator",
			"operator", "staff", "official", "webmaster", "sysop", "support", "system");

	private NicknameRules() {
	}

	/** The nickname as it is stored: surrounding space removed, composed (NFC). */
	static String clean(String nickname) {
		return nickname == null ? "" : Normalizer.normalize(nickname.strip(), Normalizer.Form.NFC);
	}

	/** Why the (cleaned) nickname may not be used, in Korean, or empty when its form is fine. */
	static Optional<String> problem(String nickname) {
		if (nickname.isEmpty()) {
			return Optional.of("닉네임을 입력해 주세요.");
		}
		int length = nickname.codePointCount(0, nickname.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			return Optional.of("닉네임은 " + MIN_LENGTH + "~" + MAX_LENGTH + "자로 정해 주세요.");
		}
		if (nickname.codePoints().anyMatch(Character::isWhitespace)) {
			return Optional.of("닉네임에는 띄어쓰기를 쓸 수 없습니다.");
		}
		if (nickname.codePoints().anyMatch(NicknameRules::isJamo)) {
			return Optional.of("닉네임에는 자음이나 모음만 있는 글자(ㅋ, ㅏ 등)를 쓸 수 없습니다. 완성된 한글로 써 주세요.");
		}
		if (!nickname.codePoints().allMatch(NicknameRules::allowed)) {
			return Optional.of("닉네임에는 한글, 영문, 숫자와 밑줄(_)만 쓸 수 있습니다. 기호, 이모지는 쓸 수 없습니다.");
		}
		if (staffLike(nickname)) {
			return Optional.of("운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.");
		}
		return Optional.empty();
	}

	static boolean staffLike(String nickname) {
		String key = nickname.toLowerCase(Locale.ROOT).replace("_", "");
		List<String> views = List.of(key, lookAlikes(key, 'i'), lookAlikes(key, 'l'));
		return STAFF_LIKE.stream().anyMatch(word -> views.stream().anyMatch(view -> view.contains(word)));
	}

	/** Digits read as the letters they resemble; {@code one} is what 1 stands for. */
	private static String lookAlikes(String key, char one) {
		return key.replace('0', 'o').replace('1', one).replace('3', 'e').replace('4', 'a').replace('5', 's')
			.replace('7', 't');
	}

	private static boolean allowed(int c) {
		return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
				|| c == '_';
	}

	/** Hangul letters standing alone: compatibility jamo, conjoining jamo and their extensions. */
	private static boolean isJamo(int c) {
		return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3131 && c <= 0x318E) || (c >= 0xA960 && c <= 0xA97F)
				|| (c >= 0xD7B0 && c <= 0xD7FF) || (c >= 0xFFA0 && c <= 0xFFDC);
	}
}
