package kr.cjournal.people.recognition;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.cjournal.people.recognition.KnownDirectory.KnownPerson;
import kr.cjournal.people.recognition.Recognition.OrganizationMention;
import kr.cjournal.people.recognition.Recognition.PersonMention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The patterns one at a time, on sentences written for these tests (all people fictional). */
class StoryReaderTests {

	private static List<PersonMention> people(String text) {
		return StoryReader.read(text, KnownDirectory.EMPTY).mentions();
	}

	@Test
	void nameOrganisationTitleWithParticlesAndCompoundTitles() {
		assertThat(people("한지후 가람전자 대표이사 사장이 말했다.")).extracting(PersonMention::name,
				PersonMention::organization, PersonMention::title)
			.containsExactly(tuple("한지후", "가람전자", "대표이사 사장"));
		assertThat(people("설아름 다온증권 리서치센터장의 분석이다.")).extracting(PersonMention::title)
			.containsExactly("리서치센터장");
		assertThat(people("오은비 라온은행장과 만났다.")).extracting(PersonMention::organization, PersonMention::title)
			.containsExactly(tuple("라온은행", "은행장"));
	}

	@Test
	void organisationBeforeTheNameAndPrefixesKeptOutOfTheTitle() {
		assertThat(people("다온화학 차정민 신임 사장은 취임했다.")).extracting(PersonMention::name,
				PersonMention::organization, PersonMention::title)
			.containsExactly(tuple("차정민", "다온화학", "사장"));
		assertThat(people("가람건설 유태식 전 부회장이 회사를 세웠다.")).extracting(PersonMention::title)
			.containsExactly("부회장");
		assertThat(people("한편 다온증권의 문해진 연구원은 목표주가를 올렸다.")).extracting(PersonMention::organization)
			.containsExactly("다온증권");
	}

	@Test
	void organisationTitleNameAsInHeadlines() {
		assertThat(people("다온전자 부사장 한서진은 신제품을 소개했다.")).extracting(PersonMention::name,
				PersonMention::organization, PersonMention::title)
			.containsExactly(tuple("한서진", "다온전자", "부사장"));
	}

	@Test
	void htmlTagsInPastedTextAreNotPartOfNamesAndOffsetsStay() {
		String text = "<p><a href='/people/1'>남도현</a> 가람물산 사장이 말했다.</p>";

		assertThat(people(text)).extracting(PersonMention::name, PersonMention::start)
			.containsExactly(tuple("남도현", text.indexOf("남도현")));
	}

	@Test
	void titlesWithParenthesisedEnglishAndOrganisationsWithTheirAcronym() {
		assertThat(people("하은별 가람텔레콤 최고운영책임자(COO)는 말했다.")).extracting(PersonMention::title)
			.containsExactly("최고운영책임자(COO)");
		assertThat(people("그는 리처드 베넷 아마데우스(AMD) CEO와 만났다.")).extracting(PersonMention::name,
				PersonMention::organization, PersonMention::title)
			.containsExactly(tuple("리처드 베넷", "아마데우스(AMD)", "CEO"));
		assertThat(people("클레어 던 하버라인(Harborline) 부사장이 왔다.")).extracting(PersonMention::organization)
			.as("an English spelling is not part of the name").containsExactly("하버라인");
	}

	@Test
	void foreignNamesOfTwoOrThreeWordsAfterABoundary() {
		assertThat(people("이날 행사에는 케빈 오도널 스톤게이트 회장이 참석했다.")).extracting(PersonMention::name)
			.containsExactly("케빈 오도널");
		assertThat(people("쩐 반 둑 메콩스틸 사장은 공장을 둘러봤다.")).extracting(PersonMention::name)
			.containsExactly("쩐 반 둑");
	}

	@Test
	void backReferencesJoinTheFullNameAndAreNotNewPeople() {
		String text = "윤태경 다온그룹 회장과 제프리 콜린스 하버라인 CEO가 만났다. 윤 회장은 웃었다. 콜린스 CEO는 "
				+ "\"좋은 자리\"라고 했다. 윤태경 회장은 다시 말했다.";

		assertThat(people(text)).extracting(PersonMention::name, PersonMention::start)
			.containsExactly(tuple("윤태경", 0), tuple("제프리 콜린스", text.indexOf("제프리")));
	}

	@Test
	void theFirstMentionIsWhereTheNameFirstStandsEvenWithoutItsTitle() {
		String text = "백도윤, 신약 승인 받아\n백도윤 한빛제약 대표는 승인을 받았다.";

		assertThat(people(text)).extracting(PersonMention::start, PersonMention::end, PersonMention::organization)
			.containsExactly(tuple(0, 3, "한빛제약"));
	}

	@Test
	void bylinesSignOffsAndWhatFollowsTheSignOffAreNotPeople() {
		String text = "(서울=Cjournal) 노하늘 기자 = 서지안 다온건설 사장은 말했다. 노하늘 기자 haneul@cjournal.example\n"
				+ "최신기사\n다온건설 대표 권민철 사임";

		assertThat(people(text)).extracting(PersonMention::name).containsExactly("서지안");
	}

	@Test
	void wordsThatLookLikeNamesAreNot() {
		assertThat(people("이사회가 회장 후보군을 추렸다. 주요 그룹 회장단 회의가 열린다.")).isEmpty();
		assertThat(people("한울전자의 대표 상품과 동네 사장님 가게, 부사장급 인사.")).isEmpty();
		assertThat(people("금융지주 최고경영자(CEO) 승계 절차를 점검한다.")).isEmpty();
		assertThat(people("통합 법인 대표를 맡는다. 여전히 대표 품목이다.")).isEmpty();
	}

	@Test
	void oddTextsNeverBreakTheReaderAndOffsetsAlwaysPointAtTheName() {
		String[] pieces = { "김", "민수", "한울", "전자", "(", ")", "(CEO)", "회장", "은", " ", " ", "\n", "최", "데이비드",
				"하몬드", "SK", "기자", "\"", ",", ".", "다.", "😀", "<a>", "</", "씨", "전", "사장", "(MS)", "이" };
		java.util.Random random = new java.util.Random(7);
		List<String> texts = new java.util.ArrayList<>(List.of("", " ", "(", ")", "가(", "최 회장", "회장", "김 (CEO)",
				"😀 김민수 한울전자 사장 😀", "기자", "김민수 기자"));
		for (int n = 0; n < 3000; n++) {
			StringBuilder text = new StringBuilder();
			for (int k = random.nextInt(30); k > 0; k--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			texts.add(text.toString());
		}
		for (String text : texts) {
			Recognition recognition = StoryReader.read(text, KnownDirectory.EMPTY);
			for (PersonMention mention : recognition.mentions()) {
				assertThat(text.substring(mention.start(), mention.end())).as(text).isEqualTo(mention.name());
			}
			for (OrganizationMention mention : recognition.organizations()) {
				assertThat(text.substring(mention.start(), mention.end())).as(text).isEqualTo(mention.name());
			}
		}
	}

	@Test
	void aPlainHonorificMarksANameWithoutATitle() {
		assertThat(people("소액주주 배수민 씨는 물었다.")).extracting(PersonMention::name, PersonMention::title)
			.containsExactly(tuple("배수민", null));
	}

	@Test
	void knownPeopleAreLookedUpAndSameNamePeopleChosenByOrganisation() {
		KnownDirectory known = new KnownDirectory(Map.of("서민호",
				List.of(new KnownPerson(1, "서민호", Set.of("가람전자", "#10"), Set.of("부사장")),
						new KnownPerson(2, "서민호", Set.of("다온증권", "#11"), Set.of("연구원")))),
				Map.of("가람전자", 10L, "다온증권", 11L, "가람", 10L));
		String text = "서민호 다온증권 연구원은 가람전자 서민호 부사장의 말을 인용했다. 서민호 씨도 왔다.";

		Recognition recognition = StoryReader.read(text, known);

		assertThat(recognition.mentions()).extracting(PersonMention::organization, PersonMention::personId)
			.containsExactly(tuple("다온증권", 2L), tuple("가람전자", 1L));
		assertThat(recognition.organizations()).extracting(OrganizationMention::name, OrganizationMention::organizationId)
			.containsExactly(tuple("다온증권", 11L), tuple("가람전자", 10L));
	}

	@Test
	void ranksGluedToTitlesBranchTitlesAndCompanyEndings() {
		assertThat(people("남기윤 다온중공업 수석부사장이 말했다.")).extracting(PersonMention::title)
			.containsExactly("수석부사장");
		assertThat(people("가람은행 우태민 지점장은 창구를 둘러봤다.")).extracting(PersonMention::name, PersonMention::title)
			.containsExactly(tuple("우태민", "지점장"));
		assertThat(people("계하늘 다온해상 사장과 장웨이 라온배터리 회장이 만났다.")).extracting(PersonMention::name,
				PersonMention::organization)
			.containsExactly(tuple("계하늘", "다온해상"), tuple("장웨이", "라온배터리"));
	}

	@Test
	void meetingsAndBodiesAreNoPeopleAndALoneSignSeparatesABylineFromTheStory() {
		assertThat(people("가람물산 이사회 의장은 외부 인사가 맡는다. 간담회 사회는 설명회 대변인이 봤다.")).isEmpty();
		assertThat(people("(런던=Cjournal) 문소리 특파원 = 올리버 그랜트 템스캐피털 회장이 말했다."))
			.extracting(PersonMention::name)
			.containsExactly("올리버 그랜트");
	}
}
