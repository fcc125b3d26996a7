package kr.cjournal.people;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.cjournal.newsroom.MentionLinker;
import kr.cjournal.people.NamedEntity.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class MentionMatcherTests {

	static final NamedEntity CHOI = person(1, "최태원", List.of(), List.of("SK그룹"), List.of("회장"));

	static final NamedEntity KIM_HANUL = person(2, "김민수", List.of(), List.of("한울전자", "Hanul Electronics"),
			List.of("부사장"));

	static final NamedEntity KIM_NURI = person(3, "김민수", List.of(), List.of("누리증권"), List.of("연구원"));

	static final NamedEntity HANGYEOL = person(4, "한결", List.of(), List.of("모아로보틱스"), List.of("대표"));

	static final NamedEntity KIM_BARAM = person(5, "김바램", List.of(), List.of(), List.of());

	static final NamedEntity SK = organization(11, "SK그룹", List.of("SK"));

	static final NamedEntity HYNIX = organization(12, "SK하이닉스", List.of());

	static final NamedEntity MS = organization(13, "마이크로소프트", List.of("MS"));

	static final NamedEntity HANUL = organization(14, "한울전자", List.of("한울"));

	static final NamedEntity HANUL_GROUP = organization(15, "한울그룹", List.of());

	static final MentionMatcher MATCHER = MentionMatcher.of(
			List.of(CHOI, KIM_HANUL, KIM_NURI, HANGYEOL, KIM_BARAM, SK, HYNIX, MS, HANUL, HANUL_GROUP),
			Set.of("한결", "한울"));

	@Test
	void findsNamesWithKoreanParticlesAttached() {
		assertThat(surfaces("최태원은 SK하이닉스가 최태원과 함께 한울전자에서는 말했다")).containsExactly("최태원", "SK하이닉스",
				"최태원", "한울전자");
		assertThat(surfaces("최태원회장이 왔다")).containsExactly("최태원");
		assertThat(surfaces("\"최태원\"(사진) 최태원의")).containsExactly("최태원", "최태원");
	}

	@Test
	void doesNotFindNamesInsideOtherWords() {
		assertThat(surfaces("최태원정 씨와 신최태원")).isEmpty();
		assertThat(surfaces("한울전자제품")).isEmpty();
	}

	@Test
	void longestNameWinsOverTheAliasInside() {
		assertThat(MATCHER.find("SK하이닉스와 SK는 한울그룹")).extracting(h -> h.candidates().get(0))
			.containsExactly(HYNIX, SK, HANUL_GROUP);
	}

	@Test
	void latinAliasesNeedLatinWordBoundaries() {
		assertThat(surfaces("MSCI 지수에 MS는 SMS")).containsExactly("MS");
		assertThat(surfaces("MS가 (MS) MS.")).containsExactly("MS", "MS", "MS");
	}

	@Test
	void linksOnlyTheFirstMentionOfEachInTheBody() {
		StoryMentions story = story("최태원 회장 인터뷰", "최태원 회장은 SK하이닉스를 찾았다. 최태원 회장은 MS와 만났다.", List.of());

		List<MentionLinker.Link> first = story.in("최태원 회장은 SK하이닉스를 찾았다.");
		List<MentionLinker.Link> second = story.in("최태원 회장은 MS와 만났다.");

		assertThat(first).extracting(MentionLinker.Link::url).containsExactly("/people/1", "/company/12");
		assertThat(first.get(0)).isEqualTo(new MentionLinker.Link(0, 3, "/people/1", "human_link"));
		assertThat(second).extracting(MentionLinker.Link::url).containsExactly("/company/13");
		assertThat(story.mentions()).extracting(m -> m.field() + ":" + m.surface())
			.containsExactly("HEADLINE:최태원", "BODY:최태원", "BODY:SK하이닉스", "BODY:최태원", "BODY:MS");
	}

	@Test
	void theBylineAndTheSignOffAreNoMentions() {
		StoryMentions story = story("인사", "김바램 기자 = 최태원 회장이 말했다. 끝. 김바램 기자 baram@cjournal.example", List.of());
		assertThat(story.mentions()).extracting(StoryMentions.Mention::surface).containsExactly("최태원");

		assertThat(story("", "최태원 기자회견에서 김바램(baram@cjournal.example) 정리", List.of()).mentions())
			.extracting(StoryMentions.Mention::surface)
			.containsExactly("최태원");

		StoryMentions byline = new StoryMentions(MATCHER,
				new MentionLinker.Story(null, "", "", List.of(), "김바램이 쓴 글에서 최태원 회장", List.of("김바램")), Map.of());
		assertThat(byline.mentions()).extracting(StoryMentions.Mention::surface).containsExactly("최태원");
	}

	@Test
	void aCommonWordNameNeedsTheStoryToSupportIt() {
		assertThat(story("", "한결 같은 마음으로 한울 사람들이 일했다.", List.of()).mentions()).isEmpty();
		assertThat(story("", "한결 대표는 투자를 받았다.", List.of()).mentions()).extracting(m -> m.entity())
			.containsExactly(HANGYEOL);
		assertThat(story("", "한울전자는 한울의 간판이다.", List.of()).mentions()).extracting(m -> m.entity())
			.containsExactly(HANUL, HANUL);
	}

	@Test
	void sameNamePeopleAreToldApartByOrganisationOrTitleNearby() {
		StoryMentions story = story("", "한울전자 김민수 부사장은 누리증권 김민수 연구원과 달리 낙관했다.", List.of());
		assertThat(story.mentions()).extracting(m -> m.entity())
			.containsExactly(HANUL, KIM_HANUL, KIM_NURI);
		assertThat(story.undecided()).isEmpty();
	}

	@Test
	void sameNamePersonIsChosenByOrganisationElsewhereInTheStory() {
		StoryMentions story = story("누리증권 보고서", "증시 전망이 밝다고 보고서는 밝혔다. 이 내용은 다음 주 발표될 예정이며 여러 의견이 나오고 있고 김민수는 말했다.",
				List.of());
		assertThat(story.mentions()).extracting(m -> m.entity()).containsExactly(KIM_NURI);
	}

	@Test
	void undecidedSameNameIsLinkedToNobodyAndFlagged() {
		StoryMentions story = story("", "김민수 씨가 말했다.", List.of());
		assertThat(story.in("김민수 씨가 말했다.")).isEmpty();
		assertThat(story.mentions()).isEmpty();
		assertThat(story.undecided()).containsExactly(new StoryMentions.Undecided("김민수", List.of(2L, 3L)));
	}

	@Test
	void theDesksChoiceDecidesASameName() {
		StoryMentions chosen = new StoryMentions(MATCHER,
				new MentionLinker.Story(7L, "", "", List.of(), "김민수 씨가 말했다.", List.of()), Map.of("김민수", 3L));
		assertThat(chosen.in("김민수 씨가 말했다.")).extracting(MentionLinker.Link::url).containsExactly("/people/3");

		StoryMentions nobody = new StoryMentions(MATCHER,
				new MentionLinker.Story(7L, "", "", List.of(), "김민수 씨가 말했다.", List.of()), Map.of("김민수", 0L));
		assertThat(nobody.mentions()).isEmpty();
		assertThat(nobody.undecided()).isEmpty();
	}

	@Test
	void captionMentionsAreRecordedButNotLinkedInTheBody() {
		StoryMentions story = story("", "본문에는 아무도 없다.", List.of("최태원 SK그룹 회장"));
		assertThat(story.mentions()).extracting(m -> m.field() + ":" + m.surface())
			.containsExactly("CAPTION:최태원", "CAPTION:SK그룹");
	}

	private static List<String> surfaces(String text) {
		return MATCHER.find(text).stream().map(MentionMatcher.Hit::surface).toList();
	}

	private static StoryMentions story(String headline, String body, List<String> captions) {
		return new StoryMentions(MATCHER, new MentionLinker.Story(null, headline, "", captions, body, List.of()),
				Map.of());
	}

	private static NamedEntity person(long id, String name, List<String> aliases, List<String> organizations,
			List<String> titles) {
		return new NamedEntity(Kind.PERSON, id, name, aliases, organizations, titles);
	}

	private static NamedEntity organization(long id, String name, List<String> aliases) {
		return new NamedEntity(Kind.ORGANIZATION, id, name, aliases, List.of(), List.of());
	}

	@Test
	void namesAddedLaterAreFoundAsIfTheMatcherWereBuiltWithThem() {
		// An import adds a few hundred names a batch: the matcher takes them in layers, and finds
		// exactly what one built from all of them finds, the same name in two layers included.
		List<NamedEntity> all = new java.util.ArrayList<>(List.of(CHOI, SK, HYNIX, HANUL));
		MentionMatcher grown = MentionMatcher.of(all, Set.of("한울"));
		for (int batch = 0; batch < 30; batch++) {
			List<NamedEntity> added = new java.util.ArrayList<>();
			for (int i = 0; i < 400; i++) {
				long id = 1_000 + batch * 400L + i;
				added.add(i % 3 == 0 ? organization(id, "기업" + id, List.of()) : person(id, "사람" + id, List.of(), List.of(), List.of()));
			}
			if (batch == 7) {
				added.add(person(99_999, "한울전자", List.of(), List.of(), List.of()));
			}
			all.addAll(added);
			grown = grown.plus(added);
			MentionMatcher whole = MentionMatcher.of(all, Set.of("한울"));
			String text = "최태원은 SK하이닉스와 한울전자, 사람" + (1_001 + batch * 400) + "과 기업" + (1_000 + batch * 400)
					+ "에서 사람1001을 만났다. 한울은";
			assertThat(grown.find(text)).as("after batch %d", batch).isEqualTo(whole.find(text));
		}
		assertThat(grown.find("한울전자가")).singleElement()
			.satisfies(hit -> assertThat(hit.candidates()).extracting(NamedEntity::id).containsExactly(14L, 99_999L));
	}
}
