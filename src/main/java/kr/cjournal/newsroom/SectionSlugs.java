package kr.cjournal.newsroom;

import java.util.Locale;
import java.util.Map;

/**
 * Addresses for sections an import names only in Korean ({@code 증권}, {@code IT·과학}): the
 * usual English word for the common desks of a business paper, else the name in the Revised
 * Romanization of Korean (syllable by syllable, without the sound-change rules), else
 * {@code section}. The desk can rename any of them later at the sections page.
 */
final class SectionSlugs {

	private static final Map<String, String> COMMON = Map.ofEntries(Map.entry("경제", "economy"),
			Map.entry("산업", "industry"), Map.entry("금융", "finance"), Map.entry("증권", "stock"),
			Map.entry("부동산", "realestate"), Map.entry("유통", "retail"), Map.entry("정치", "politics"),
			Map.entry("사회", "society"), Map.entry("국제", "world"), Map.entry("문화", "culture"),
			Map.entry("스포츠", "sports"), Map.entry("오피니언", "opinion"), Map.entry("사설", "editorial"),
			Map.entry("칼럼", "column"), Map.entry("인물", "people"), Map.entry("일반", "general"),
			Map.entry("IT·과학", "it"), Map.entry("IT", "it"), Map.entry("과학", "science"), Map.entry("포토", "photo"),
			Map.entry("영상", "video"), Map.entry("건설", "construction"), Map.entry("에너지", "energy"),
			Map.entry("자동차", "auto"), Map.entry("은행", "banking"), Map.entry("보험", "insurance"));

	private static final String[] INITIALS = { "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
			"jj", "ch", "k", "t", "p", "h" };

	private static final String[] VOWELS = { "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
			"yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i" };

	private static final String[] FINALS = { "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
			"p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t" };

	private SectionSlugs() {
	}

	static String of(String name) {
		String common = COMMON.get(name.strip());
		if (common != null) {
			return common;
		}
		StringBuilder slug = new StringBuilder();
		name.strip().codePoints().forEach(c -> {
			if (c >= 0xAC00 && c <= 0xD7A3) {
				int index = c - 0xAC00;
				slug.append(INITIALS[index / 588]).append(VOWELS[(index % 588) / 28]).append(FINALS[index % 28]);
			}
			else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
				slug.append(Character.toLowerCase((char) c));
			}
			else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
				slug.append('-');
			}
		});
		String value = slug.toString().replaceAll("-+$", "").toLowerCase(Locale.ROOT);
		if (value.length() > 36) {
			value = value.substring(0, 36).replaceAll("-+$", "");
		}
		return value.isEmpty() ? "section" : value;
	}
}
