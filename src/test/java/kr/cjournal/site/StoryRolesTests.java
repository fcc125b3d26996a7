package kr.cjournal.site;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.cjournal.people.Position;

import static org.assertj.core.api.Assertions.assertThat;

class StoryRolesTests {

	static final Position CEO = new Position(1, 7, "문지석", 20, "한울전자", "대표이사 사장", LocalDate.of(2024, 1, 1), null);

	static final Position VICE = new Position(2, 7, "문지석", 20, "한울전자", "부사장", LocalDate.of(2019, 1, 1),
			LocalDate.of(2023, 12, 31));

	static final Position ELSEWHERE = new Position(3, 7, "문지석", 30, "누리증권", "사외이사", LocalDate.of(2016, 3, 1),
			LocalDate.of(2018, 12, 31));

	static final List<Position> CAREER = List.of(CEO, VICE, ELSEWHERE);

	@Test
	void aStoryFromAnEarlierTitleShowsThenAndNow() {
		assertThat(StoryRoles.label(CAREER, LocalDate.of(2022, 5, 1))).isEqualTo("당시 부사장 · 현 대표이사 사장");
		assertThat(StoryRoles.label(CAREER, LocalDate.of(2023, 12, 31))).isEqualTo("당시 부사장 · 현 대표이사 사장");
	}

	@Test
	void aStoryFromTodaysTitleOrAnUnknownTimeShowsNothing() {
		assertThat(StoryRoles.label(CAREER, LocalDate.of(2024, 1, 1))).isNull();
		assertThat(StoryRoles.label(CAREER, LocalDate.of(2010, 1, 1))).isNull();
		assertThat(StoryRoles.label(List.of(), LocalDate.of(2022, 1, 1))).isNull();
	}

	@Test
	void anotherOrganisationIsNamedOnBothSides() {
		assertThat(StoryRoles.label(CAREER, LocalDate.of(2017, 6, 1))).isEqualTo("당시 누리증권 사외이사 · 현 한울전자 대표이사 사장");
	}

	@Test
	void someoneWithoutATitleTodayShowsOnlyTheTitleThen() {
		assertThat(StoryRoles.label(List.of(VICE), LocalDate.of(2020, 1, 1))).isEqualTo("당시 한울전자 부사장");
	}

	@Test
	void aTitleStillHeldAlongsideANewerOneIsNotPast() {
		Position chair = new Position(4, 7, "문지석", 40, "한울그룹", "이사", LocalDate.of(2015, 1, 1), null);
		assertThat(StoryRoles.label(List.of(CEO, chair, VICE), LocalDate.of(2020, 1, 1))).isNull();
	}
}
