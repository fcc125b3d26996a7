package kr.cjournal.exchange.imports;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;

/**
 * Lines in the format of {@code ../shared/bench/corpus.py}, written here so tests need neither
 * Python nor the shared folder: fictional business stories about a few fictional companies and
 * the people who run them, the same for the same numbers.
 */
public final class TestCorpus {

	static final List<String> PEOPLE = List.of("남궁태오", "서윤하", "독고민재", "제갈하린", "황보준서", "선우도하");

	private static final List<String> COMPANIES = List.of("솔마루전자", "여울바이오", "가람중공업", "늘봄식품", "다솜증권");

	private static final Map<String, List<String>> SECTIONS = Map.of("산업", List.of("전자·반도체", "바이오·제약"), "증권",
			List.of("증시", "종목분석"), "경제", List.of("경제정책"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TestCorpus() {
	}

	/** Stories numbered {@code first}, {@code first + 1}, ... as JSON Lines. */
	public static String lines(long first, int count) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append(line(first + i)).append('\n');
		}
		return out.toString();
	}

	public static String line(long id) {
		return JSON.writeValueAsString(article(id));
	}

	static Map<String, Object> article(long id) {
		Random random = new Random(id);
		String company = COMPANIES.get(random.nextInt(COMPANIES.size()));
		String person = PEOPLE.get((int) (id % PEOPLE.size()));
		String section = List.of("산업", "증권", "경제").get(random.nextInt(3));
		String subsection = SECTIONS.get(section).get(random.nextInt(SECTIONS.get(section).size()));
		int profit = 100 + random.nextInt(900);
		List<String> body = new ArrayList<>();
		body.add(company + "는 " + (1 + random.nextInt(4)) + "분기 영업이익이 " + profit + "억원으로 집계됐다고 밝혔다. "
				+ person + " 대표는 \"수익성 회복에 속도를 내겠다\"고 말했다.");
		body.add("업계에서는 " + company + "의 신사업이 하반기 실적을 가를 것으로 본다. 기사 번호 " + id + "번의 둘째 문단이다.");
		body.add(person + " 대표는 이날 서울 여의도에서 열린 간담회에서 투자 계획을 설명했다.");
		return Map.ofEntries(Map.entry("id", id), Map.entry("section", section), Map.entry("subsection", subsection),
				Map.entry("title", company + ", 영업이익 " + profit + "억원…기사 " + id),
				Map.entry("subtitle", random.nextBoolean() ? "" : person + " 대표 \"하반기 반등\""),
				Map.entry("reporter_name", List.of("한결", "윤슬기", "나래온").get((int) (id % 3))),
				Map.entry("reporter_email", List.of("gyeol.han", "seulgi.yoon", "raeon.na").get((int) (id % 3))
						+ "@import-test.example"),
				Map.entry("published_at",
						OffsetDateTime.of(2024, 1, 2, 6, 0, 0, 0, ZoneOffset.ofHours(9)).plusMinutes(36 * id).toString()),
				Map.entry("body_paragraphs", body), Map.entry("image_caption", company + " 본사 전경"),
				Map.entry("tags", List.of(company, "실적")), Map.entry("people", List.of(person)));
	}
}
