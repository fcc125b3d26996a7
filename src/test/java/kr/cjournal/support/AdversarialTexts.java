package kr.cjournal.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Texts an attacker (or an unlucky paste) sends to every entry point that reads user text: long
 * runs of one character, of brackets and emphasis marks, of names and titles, no spaces at all.
 * Each is about 100,000 characters, the longest body a story may have.
 */
public final class AdversarialTexts {

	public static final int LENGTH = 100_000;

	private AdversarialTexts() {
	}

	/** Named texts, each at most {@link #LENGTH} characters. */
	public static Map<String, String> all() {
		return all(LENGTH);
	}

	/** The same texts at about {@code length} characters, to see how time grows with length. */
	public static Map<String, String> all(int length) {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("sign-off and @ run", "김철수 기자 " + "@".repeat(length - 10) + " x");
		texts.put("@ run", "@".repeat(length));
		texts.put("a@ pairs", fill(length, "a@"));
		texts.put("spaces", "김철수 기자" + " ".repeat(length - 10) + "x");
		texts.put("tabs", "김철수 기자" + "\t".repeat(length - 10) + "x");
		texts.put("particle run", "은".repeat(length));
		texts.put("particle words", fill(length, "은은은 "));
		texts.put("[ run", "[".repeat(length));
		texts.put("( run", "(".repeat(length));
		texts.put("「 run", "「".repeat(length));
		texts.put("( then ) run", "(" + ")".repeat(length - 1));
		texts.put("hangul then ) run", "회장(" + ")".repeat(length - 3));
		texts.put("open links", fill(length, "[a]("));
		texts.put("nested brackets", "[".repeat(length / 2) + "]".repeat(length / 2));
		texts.put("* run", "*".repeat(length));
		texts.put("*a run", fill(length, "*a"));
		texts.put("_ run", "_".repeat(length));
		texts.put("_a_ run", fill(length, "_a "));
		texts.put("` run", "`".repeat(length));
		texts.put("`a run", fill(length, "`a"));
		texts.put("< run", "<".repeat(length));
		texts.put("<a run", fill(length, "<a"));
		texts.put("> quotes", fill(length, "> "));
		texts.put("- lists", fill(length, "- "));
		texts.put("digits", "1".repeat(length));
		texts.put("name title", fill(length, "김철수 회장 "));
		texts.put("name org title", fill(length, "김철수 한울전자 사장은 "));
		texts.put("qualifier title", fill(length, "아시아 회장 "));
		texts.put("different names", differentNames(length));
		texts.put("back references", fill(length, "에릭 모건 오리온랩스 최고경영자(CEO)와 모건 CEO는 최 회장 "));
		texts.put("sign-offs", fill(length, "김철수 기자\n"));
		texts.put("glued ranks", fill(length, "수석"));
		texts.put("glued titles", fill(length, "회장"));
		texts.put("glued organisation", fill(length, "한울그룹"));
		texts.put("hangul latin", fill(length, "SK하이닉스abc가나다"));
		texts.put("hangul", "가".repeat(length));
		texts.put("newlines", "\n".repeat(length));
		texts.put("emoji", fill(length, "😀"));
		texts.put("control characters", fill(length, "\u0001\u0007\u001b"));
		return texts;
	}

	private static String fill(int length, String piece) {
		return piece.repeat(length / piece.length());
	}

	/** Thousands of distinct Korean names, each with a title: every one a new person. */
	private static String differentNames(int length) {
		String surnames = "김이박최정강조윤장임";
		String given = "가나다라마바사아자차카타파하";
		StringBuilder text = new StringBuilder();
		outer: for (char s : surnames.toCharArray()) {
			for (char a : given.toCharArray()) {
				for (char b : given.toCharArray()) {
					String piece = "" + s + a + b + " 한울전자 사장은 ";
					if (text.length() + piece.length() > length) {
						break outer;
					}
					text.append(piece);
				}
			}
		}
		return text.toString();
	}
}
