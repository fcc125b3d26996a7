package kr.cjournal.people;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.core.Page;
import kr.cjournal.support.Mentioned;
import kr.cjournal.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The mention queries pages are built from, on the demo newsroom; H2 and PostgreSQL subclasses. */
abstract class MentionsContract {

	@Autowired
	Mentions mentions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	List<Long> articles;

	long jung;

	long moon;

	long bae;

	long hanul;

	@BeforeEach
	void pickArticlesAndPeople() {
		jdbc.sql("delete from mentions").update();
		articles = jdbc.sql("select id from articles where status = 'PUBLISHED' order by id limit 5")
			.query(Long.class)
			.list();
		jung = Mentioned.personNamed(jdbc, "정태오");
		moon = Mentioned.personNamed(jdbc, "문지석");
		bae = Mentioned.personNamed(jdbc, "배윤호");
		hanul = Mentioned.organizationNamed(jdbc, "한울그룹");
		for (int i = 0; i < articles.size(); i++) {
			Mentioned.publishedAt(jdbc, articles.get(i), OffsetDateTime.parse("2026-03-0" + (i + 1) + "T09:00:00+09:00"));
		}
	}

	@AfterEach
	void forget() {
		jdbc.sql("delete from mentions").update();
		clock.reset();
	}

	@Test
	void storiesMentioningAPersonAreDistinctNewestFirstAndPaged() {
		for (long article : articles.subList(0, 3)) {
			Mentioned.person(jdbc, article, jung);
			Mentioned.person(jdbc, article, jung); // named twice in the same story
		}

		Page<Mentions.MentionedStory> first = mentions.storiesMentioningPerson(jung, 1, 2);
		Page<Mentions.MentionedStory> second = mentions.storiesMentioningPerson(jung, 2, 2);

		assertThat(first.total()).isEqualTo(3);
		assertThat(first.items()).extracting(Mentions.MentionedStory::articleId)
			.containsExactly(articles.get(2), articles.get(1));
		assertThat(second.items()).extracting(Mentions.MentionedStory::articleId).containsExactly(articles.get(0));
		assertThat(first.items().get(0).publishedAt().toInstant()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
		assertThat(mentions.storiesMentioningPerson(moon, 1, 2).total()).isZero();
	}

	@Test
	void storiesMentioningAnOrganizationAreCountedOnce() {
		Mentioned.organization(jdbc, articles.get(0), hanul);
		Mentioned.organization(jdbc, articles.get(0), hanul);
		Mentioned.organization(jdbc, articles.get(3), hanul);
		Mentioned.person(jdbc, articles.get(4), jung);

		Page<Mentions.MentionedStory> stories = mentions.storiesMentioningOrganization(hanul, 1, 20);

		assertThat(stories.total()).isEqualTo(2);
		assertThat(stories.items()).extracting(Mentions.MentionedStory::articleId)
			.containsExactly(articles.get(3), articles.get(0));
	}

	@Test
	void coMentionedPeopleCountSharedStoriesMostFirst() {
		for (long article : articles.subList(0, 3)) {
			Mentioned.person(jdbc, article, jung);
			Mentioned.person(jdbc, article, moon);
		}
		Mentioned.person(jdbc, articles.get(0), moon); // twice in one story: still one story
		Mentioned.person(jdbc, articles.get(1), bae);
		Mentioned.person(jdbc, articles.get(4), bae); // without 정태오

		List<Mentions.CoMention> together = mentions.coMentioned(jung, 10);

		assertThat(together).extracting(Mentions.CoMention::name, Mentions.CoMention::stories)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("문지석", 3L), org.assertj.core.groups.Tuple.tuple("배윤호", 1L));
		assertThat(mentions.coMentioned(jung, 1)).hasSize(1);
	}

	@Test
	void mostMentionedThisWeekCountsStoriesOfTheLastSevenKoreanDays() {
		clock.set(Instant.parse("2026-03-09T15:30:00Z")); // 2026-03-10 00:30 KST: the week starts 03-04 00:00 KST
		for (long article : articles) {
			Mentioned.person(jdbc, article, jung);
		}
		Mentioned.person(jdbc, articles.get(3), moon);
		Mentioned.person(jdbc, articles.get(4), moon);
		Mentioned.person(jdbc, articles.get(4), moon);
		Mentioned.organization(jdbc, articles.get(4), hanul);

		assertThat(mentions.mostMentionedPeopleThisWeek(10)).extracting(Mentions.Count::name, Mentions.Count::stories)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("문지석", 2L), org.assertj.core.groups.Tuple.tuple("정태오", 2L));
		assertThat(mentions.mostMentionedOrganizationsThisWeek(10)).extracting(Mentions.Count::url)
			.containsExactly("/company/" + hanul);

		clock.set(Instant.parse("2026-03-03T14:59:00Z")); // 03-03 23:59 KST: 03-01..03-03 are this week
		assertThat(mentions.mostMentionedPeopleThisWeek(10)).extracting(Mentions.Count::stories).containsExactly(3L);
	}
}
