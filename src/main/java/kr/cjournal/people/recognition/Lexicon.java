package kr.cjournal.people.recognition;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words Korean business writing names people with: surnames, the syllables Korean given names
 * are made of, titles, the prefixes before a title, Korean particles and the endings of company
 * names. Written for Cjournal; none of it is a list of particular people.
 */
final class Lexicon {

	private Lexicon() {
	}

	static final Set<String> SURNAMES = set("""
			김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주
			우 구 민 류 나 진 지 엄 채 원 천 방 공 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육
			인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 갈 견 당
			화 창 옹 순 전 현 계 남궁 제갈 선우 황보 독고 사공 서문 동방""");

	/** Syllables Korean given names are usually made of (Sino-Korean and common native ones). */
	private static final String GIVEN = """
			가각간갑강개건걸검겸경계고곤공관광교구국군권귀규균근금기길나낙난남내녕노다단담당대덕도돈동두
			라람랑래량려련렬령례록룡루류륜률륭름린림립마만말매맹면명모목몽묘무문미민밀바박반발방배백범법벽변별병
			보복본봉부분비빈빛사산삼상새서석선설섬섭성세소솔송수숙순술숭슬승시식신실심아안암애야양언엄업여연열염
			엽영예오옥온완왕요용우욱운울웅원월위유윤율융은음응의이익인일임입자작잠장재저적전절정제조종주준중지
			직진집징차찬찰창채책천철청초총추춘충치칠탁태택통판팔평포표풍필하학한함항해행향허헌혁현협형혜호홍화환
			활황회효후훈휘휴흠흥희결솜늘""";

	/** Words that begin like a name (a surname and a syllable or two) but are ordinary words. */
	private static final Set<String> NOT_NAMES = set("""
			이날 이번 이후 이상 이전 이미 이어 이에 이와 이달 이중 지난 전날 정부 주요 최근 최대 최고 최초 최종 한국 한편
			한때 신규 신임 현재 현지 현행 조사 구조 성장 장기 안정 강화 여전 오늘 오전 오후 연내 연간 유일 우리 국내
			국외 공동 단독 차기 초대 후임 전임 전직 현직 명예 상임 대외 사내 사외 부문 당시 당초 고위 임시 정기 공식
			주주 계열 기존 실제 사실 민간 공공 정상 양측 양사 지주 금융 경영 사업 시장 주식 국민 국정 도입 상장 상반
			하반 대표 대형 중견 중소 연구 전략 전문 전체 정책 기준 기업 동시 동안 동반 소액 소비 소속 선임 선정 임원
			영업 원장 위원 조합 조합원 노조 노사 주총 회의 회장 사장 총재 차관 장관 의원 교수 연구원 감사 부장 과장 승계 여전히 여야 여당 야당""");

	static final List<String> PREFIXES = List.of("신임", "전임", "현", "전", "前", "現", "초대", "차기");

	/** Titles, longest first so 대표이사 wins over 대표. {@code 씨} marks a name without a title. */
	static final List<String> TITLES = sortedLongestFirst("""
			회장 부회장 명예회장 총괄회장 사장 부사장 총괄사장 대표 대표이사 공동대표 각자대표 최고경영자 전무 상무 전무이사
			상무이사 이사 사외이사 이사회의장 의장 부의장 창업자 공동창업자 창업주 은행장 행장 부행장 총재 부총재 원장
			부원장 위원장 부위원장 장관 차관 청장 차장 처장 실장 국장 팀장 부장 지점장 지사장 법인장 공장장 본부장 센터장 리서치센터장 연구소장
			연구원 수석연구원 선임연구원 책임연구원 애널리스트 이코노미스트 수석이코노미스트 펀드매니저 교수 부교수
			명예교수 총장 부총장 이사장 부이사장 사무총장 대변인 의원 국회의원 대통령 부통령 총리 국무총리 부총리
			비서실장 도지사 구청장 군수 변호사 회계사 대표변호사 총괄 부문장 사업부장 그룹장 고문 상임고문 최고운영책임자
			최고재무책임자 최고기술책임자 최고투자책임자 최고전략책임자 최고인사책임자 최고마케팅책임자 최고정보책임자
			최고데이터책임자 최고디지털책임자 최고위험관리책임자 최고리스크책임자 최고지속가능책임자 최고제품책임자
			최고보안책임자 최고법률책임자 최고혁신책임자 씨""");

	/** The titles by their first character, longest first: a word is compared only with those that can match. */
	private static final Map<Character, List<String>> TITLES_BY_FIRST = TITLES.stream()
		.collect(Collectors.groupingBy(title -> title.charAt(0), Collectors.toList()));

	/** Titles that also come glued to an organisation or office: 금융위원장, 리서치센터장, 경제부총리. */
	static final Set<String> COMPOUNDABLE = set("""
			위원장 부위원장 원장 부원장 은행장 행장 회장 부회장 협회장 센터장 연구소장 본부장 청장 총장 부총리 이사장 의장
			장관 차관 대변인 실장 국장 처장 의원 부문장 사업부장""");

	static final Set<String> LATIN_TITLES = set("""
			CEO CFO CTO COO CIO CSO CMO CPO CDO CRO CHRO CISO CCO CLO GM VP EVP SVP""");

	/** Particles and endings that may follow a noun in running text, longest first. */
	static final List<String> PARTICLES = sortedLongestFirst("""
			은 는 이 가 을 를 와 과 의 에 도 로 으로 만 께 랑 이랑 에서 에게 께서 부터 까지 처럼 보다 마저 조차 이며 이고 이나
			이다 이라고 이라며 이라는 이란 라고 라며 라는 에서는 에서도 에게는 으로는 으로서 으로써 로서 로써 까지는 부터는 과의
			와의 과는 와는 이는 이가 에는 에도 의한 대로 으로부터 로부터 측 측은 측이 측의 쪽 등 등은 등이 등과 등의 이었다
			였다 이자 겸""");

	/** The particles by their last character, longest first, for taking one off the end of a word. */
	static final Map<Character, List<String>> PARTICLES_BY_LAST = PARTICLES.stream()
		.collect(Collectors.groupingBy(particle -> particle.charAt(particle.length() - 1), Collectors.toList()));

	/** How company and institution names end. */
	private static final List<String> ORGANIZATION_ENDINGS = sortedLongestFirst("""
			그룹 전자 은행 증권 금융지주 지주 금융 생명 생명보험 보험 손해보험 화재 화학 케미칼 카드 캐피탈 캐피털 건설 중공업
			조선 해운 항공 제약 바이오 바이오로직스 식품 유통 마트 백화점 쇼핑 에너지 텔레콤 통신 반도체 디스플레이 모빌리티
			자동차 모터스 자산운용 운용 투자 투자증권 인베스트먼트 파트너스 회계법인 법무법인 홀딩스 스틸 제철 철강 정밀
			전기 물산 상사 산업 엔지니어링 소프트 게임즈 엔터테인먼트 랩스 테크 테크놀로지 시스템 시스템즈 솔루션 솔루션즈
			물류 로지스틱스 거래소 공사 공단 재단 협회 연합회 중앙회 위원회 노동조합 노조 대학교 대학 연구소 연구원 병원
			저축은행 벤처스 로보틱스 네트웍스 일렉트릭 인터내셔널 코리아 글로벌 제약사 통상 해양 해상 배터리 리테일 플랫폼 컴퍼니 당 부 청""");

	private static final Set<String> PUBLIC_BODIES = set("국회 청와대 대통령실 정부 헌법재판소 대법원");

	/** Words that stand where an organisation would but name none. */
	private static final Set<String> NOT_ORGANIZATIONS = set("""
			그룹 은행 증권 금융 보험 지주 법인 회사 본사 정부 업계 재계 당국 금융당국 시장 이사회 주총 일부 본부 전부 대부
			내부 외부 간부 세부 전자 통신 통상 산업 물산 상사 유통 중앙 위원회 금융지주 지주회사 계열사 자회사 증권사 은행권""");

	private static final Pattern ACRONYM = Pattern.compile("\\([A-Z][A-Z0-9&]{1,6}\\)");

	/**
	 * No title, name or organisation is written as one word longer than this; longer words (a
	 * pasted run without spaces) are none of them, and are not searched character by character.
	 */
	static final int LONGEST_WORD = 40;

	static boolean isNotAnOrganization(String s) {
		return NOT_ORGANIZATIONS.contains(s);
	}

	static boolean isNotAName(String s) {
		return NOT_NAMES.contains(s);
	}

	static boolean isSurname(String s) {
		return SURNAMES.contains(s);
	}

	/** A Korean full name: a surname and one or two given-name syllables (two for 남궁/제갈 …). */
	static boolean isKoreanName(String s) {
		// A name does not end like a verb joining the next clause (승진해, 맡아).
		if (s.length() < 2 || s.length() > 4 || !allHangul(s) || NOT_NAMES.contains(s) || s.endsWith("해")
				|| isGathering(s)) {
			return false;
		}
		for (int surname = 2; surname >= 1; surname--) {
			if (s.length() - surname >= 1 && s.length() - surname <= 2 && isSurname(s.substring(0, surname))
					&& s.substring(surname).chars().allMatch(c -> GIVEN.indexOf(c) >= 0)) {
				return true;
			}
		}
		return false;
	}

	/** 이사회, 간담회, 박람회, 설명회: three syllables ending in 회 name a meeting or a body, hardly a person. */
	private static boolean isGathering(String s) {
		return s.length() == 3 && s.endsWith("회");
	}

	/** Looser: a surname first and two to four syllables, for places where the pattern is strong. */
	static boolean mayBeKoreanName(String s) {
		if (s.length() < 2 || s.length() > 4 || !allHangul(s) || NOT_NAMES.contains(s) || s.endsWith("해")) {
			return false;
		}
		if (isGathering(s)) {
			return false;
		}
		return (s.length() <= 3 && isSurname(s.substring(0, 1))) || (s.length() >= 3 && isSurname(s.substring(0, 2)));
	}

	/**
	 * Whether a word has a syllable Korean words (native or Sino-Korean) hardly use but foreign
	 * names written in Hangul do: 트 드 스 (ㅡ without a final), ㅋ, 데 메 페 (ㅔ), 첸 젠, 뮐, 워 …
	 */
	static boolean looksForeign(String word) {
		for (int i = 0; i < word.length(); i++) {
			int code = word.charAt(i) - 0xAC00;
			if (code < 0 || code > 11171) {
				continue;
			}
			int initial = code / 588;
			int vowel = (code % 588) / 28;
			int last = code % 28;
			boolean foreign = (vowel == 18 && last == 0 && initial != 11) // ㅡ: 트 드 스 즈 …, not 으
					|| (initial == 15 && !(vowel == 10 && last == 0)) // ㅋ, not 쾌
					|| (vowel == 5 && !((initial == 9 || initial == 12 || initial == 14) && last == 0)) // ㅔ, not 세 제 체
					|| (vowel == 16 && last == 8) // ㅟ with ㄹ: 뮐
					|| (vowel == 14 && last == 0 && initial != 11) // ㅝ: 워 alone is 워
					|| (initial == 1 || initial == 4 || initial == 8 || initial == 10 || initial == 13) // ㄲ ㄸ ㅃ ㅆ ㅉ: 쩐
					|| "샘톰잭빌몬먼턴닐딘릭닉킴옌롱쿡티터튜퍼푸핏엘델벨렌올".indexOf(word.charAt(i)) >= 0;
			if (foreign) {
				return true;
			}
		}
		return false;
	}

	/** A plausible part of a foreign name: Hangul only, one to six syllables, not a known word. */
	static boolean isNameWord(String s) {
		return !s.isEmpty() && s.length() <= 6 && allHangul(s) && !NOT_NAMES.contains(s) && !PREFIXES.contains(s)
				&& title(s) == null;
	}

	/**
	 * The title a word holds, or null: 회장, 대표이사, 최고경영자(CEO), CEO, 금융위원장 (glued to an
	 * office), 회장(왼쪽) (a note in brackets after it). The word has no particle.
	 */
	static String title(String word) {
		if (word.length() > LONGEST_WORD) {
			return null;
		}
		// 수석부사장, 수석전무: a rank glued before a title.
		if (word.startsWith("수석") && word.length() > 2) {
			String ranked = title(word.substring(2));
			if (ranked != null && !ranked.startsWith("수석")) {
				return "수석" + ranked;
			}
		}
		int hangulPrefix = 0;
		while (hangulPrefix < word.length() && isHangul(word.charAt(hangulPrefix))) {
			hangulPrefix++;
		}
		for (int k = 0; k < word.length(); k++) {
			if (k > 0 && (k < 2 || k > hangulPrefix)) {
				continue;
			}
			String rest = word.substring(k);
			for (String title : TITLES_BY_FIRST.getOrDefault(word.charAt(k), List.of())) {
				if (rest.startsWith(title) && (k == 0 || COMPOUNDABLE.stream().anyMatch(title::endsWith))) {
					String full = withAcronym(word.substring(0, k + title.length()), word.substring(k + title.length()));
					if (full != null) {
						return full;
					}
				}
			}
			if (k == 0) {
				for (String title : LATIN_TITLES) {
					if (rest.startsWith(title)) {
						String full = withAcronym(title, rest.substring(title.length()));
						if (full != null) {
							return full;
						}
					}
				}
			}
		}
		return null;
	}

	/** The title with a following (CEO), when what follows is only that or a bracketed note. */
	private static String withAcronym(String title, String after) {
		var acronym = ACRONYM.matcher(after);
		if (acronym.lookingAt()) {
			String rest = after.substring(acronym.end());
			return rest.isEmpty() || isBracketNote(rest) ? title + acronym.group() : null;
		}
		return after.isEmpty() || isBracketNote(after) ? title : null;
	}

	private static boolean isBracketNote(String s) {
		return s.startsWith("(") && s.endsWith(")") && s.indexOf(')') == s.length() - 1;
	}

	/** Whether a word is shaped like a company or institution name: SK하이닉스, 누리은행, 마이크로소프트(MS). */
	static boolean looksLikeOrganization(String word) {
		if (word.isEmpty() || word.length() > LONGEST_WORD || NOT_ORGANIZATIONS.contains(word) || title(word) != null) {
			return false;
		}
		if (PUBLIC_BODIES.contains(word)) {
			return true;
		}
		int paren = word.indexOf('(');
		if (paren > 0 && word.endsWith(")") && word.substring(paren + 1, word.length() - 1).matches("[A-Za-z&.\\- ]{2,30}")
				&& allHangulOrLatin(word.substring(0, paren))) {
			return true;
		}
		boolean hangul = word.chars().anyMatch(Lexicon::isHangul);
		boolean latin = word.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
		if (hangul && latin && allHangulOrLatin(word)) {
			return true;
		}
		if (!allHangul(word)) {
			return false;
		}
		for (String ending : ORGANIZATION_ENDINGS) {
			int before = word.length() - ending.length();
			int needed = ending.length() == 1 ? 2 : 1;
			if (word.endsWith(ending) && before >= needed) {
				return true;
			}
		}
		return false;
	}

	/** The organisation as written, without an English spelling after it: 노스브릿지(Northbridge) → 노스브릿지. */
	static String organizationName(String word) {
		int paren = word.indexOf('(');
		if (paren > 0 && word.endsWith(")") && !ACRONYM.matcher(word.substring(paren)).matches()) {
			return word.substring(0, paren);
		}
		return word;
	}

	static boolean allHangul(String s) {
		return !s.isEmpty() && s.chars().allMatch(Lexicon::isHangul);
	}

	static boolean isHangul(int c) {
		return c >= 0xAC00 && c <= 0xD7A3;
	}

	private static boolean allHangulOrLatin(String s) {
		return !s.isEmpty() && s.chars().allMatch(c -> isHangul(c) || (c < 128 && Character.isLetterOrDigit(c)) || c == '&');
	}

	private static Set<String> set(String words) {
		return Set.copyOf(Stream.of(words.trim().split("\\s+")).distinct().toList());
	}

	private static List<String> sortedLongestFirst(String words) {
		return Stream.of(words.trim().split("\\s+"))
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
	}
}
