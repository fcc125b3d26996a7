package kr.cjournal.search.lucene;

import java.util.List;

/**
 * The words the analyser must know beyond Nori's dictionary: company and product names that it
 * would otherwise cut into pieces (엔비디아 → 엔 + 비디아), and groups of names that mean the same
 * (마이크로소프트, MS, Microsoft). Changing either needs a new index (a reindex).
 *
 * @param userDictionary Nori user-dictionary lines, {@code word [segments…]}; {@code #} starts a comment
 * @param synonyms groups of equivalent terms, each group searched as any of its members
 */
public record Vocabulary(List<String> userDictionary, List<List<String>> synonyms) {

	public Vocabulary {
		userDictionary = List.copyOf(userDictionary);
		synonyms = synonyms.stream().map(List::copyOf).toList();
	}

	/** A starter list of Korean business names; the directory's names and aliases are meant to join it. */
	public static Vocabulary defaults() {
		return new Vocabulary(List.of(
				"SK하이닉스 SK 하이닉스", "삼성전자 삼성 전자", "삼성바이오로직스 삼성 바이오로직스", "LG에너지솔루션 LG 에너지 솔루션",
				"LG전자 LG 전자", "현대자동차 현대 자동차", "현대모비스 현대 모비스", "기아", "네이버", "카카오뱅크 카카오 뱅크",
				"카카오", "셀트리온", "포스코홀딩스 포스코 홀딩스", "포스코", "한화에어로스페이스 한화 에어로스페이스", "두산에너빌리티 두산 에너빌리티",
				"엔비디아", "마이크로소프트", "오픈AI", "구글", "애플", "아마존", "메타", "테슬라", "TSMC", "인텔", "퀄컴",
				"HBM", "AI반도체 AI 반도체", "반도체산업 반도체 산업", "파운드리", "챗GPT", "생성형AI 생성형 AI", "이차전지 이차 전지",
				"한국은행 한국 은행", "금융위원회 금융 위원회", "공정거래위원회 공정 거래 위원회", "코스피", "코스닥", "한울전자 한울 전자",
				"누리증권 누리 증권", "가람바이오 가람 바이오", "이사회", "주주총회 주주 총회"),
				List.of(List.of("마이크로소프트", "MS", "Microsoft"), List.of("오픈AI", "OpenAI"), List.of("엔비디아", "NVIDIA"),
						List.of("구글", "Google"), List.of("애플", "Apple"), List.of("아마존", "Amazon"), List.of("테슬라", "Tesla"),
						List.of("인텔", "Intel"), List.of("퀄컴", "Qualcomm"), List.of("TSMC", "대만반도체"),
						List.of("챗GPT", "ChatGPT"), List.of("현대자동차", "현대차"), List.of("공정거래위원회", "공정위"),
						List.of("금융위원회", "금융위"), List.of("한국은행", "한은"), List.of("이차전지", "2차전지")));
	}

	/** The built-in lists, then these. */
	public static Vocabulary withDefaults(List<String> userDictionary, List<List<String>> synonyms) {
		Vocabulary defaults = defaults();
		List<String> dictionary = new java.util.ArrayList<>(defaults.userDictionary());
		dictionary.addAll(userDictionary);
		List<List<String>> groups = new java.util.ArrayList<>(defaults.synonyms());
		groups.addAll(synonyms);
		return new Vocabulary(dictionary, groups);
	}
}
