package kr.cjournal.people;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.newsroom.MentionLinker;
import kr.cjournal.newsroom.MentionReviews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How mentions and the desk's same-name reviews are stored; run on H2 and on PostgreSQL by the
 * subclasses, so the same SQL is proven on both.
 */
abstract class MentionStorageContract {

	static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2026, 11, 27, 3, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	MentionLinker linker;

	@Autowired
	MentionReviews reviews;

	Organization hanul;

	Person chung;

	Person kimHanul;

	Person kimNuri;

	@BeforeEach
	void directory() {
		for (String table : List.of("mentions", "mention_reviews", "positions", "person_aliases", "organization_aliases",
				"people", "organizations")) {
			jdbc.sql("delete from " + table).update();
		}
		hanul = directory.addOrganization("한울전자", OrganizationKind.COMPANY, null, "Hanul Electronics", null);
		directory.addOrganizationAlias(hanul.id(), "Hanul Electronics");
		Organization nuri = directory.addOrganization("누리증권", OrganizationKind.COMPANY, null, null, null);
		chung = directory.addPerson("정태오", null, null, null, null);
		kimHanul = directory.addPerson("김민수", null, null, 1972, null);
		directory.addPosition(kimHanul.id(), hanul.id(), "부사장", null, null);
		kimNuri = directory.addPerson("김민수", null, null, 1988, null);
		directory.addPosition(kimNuri.id(), nuri.id(), "연구원", null, null);
	}

	@Test
	void recordsEveryMentionWithItsFieldOffsetAndFirstPublication() {
		linker.record(42, PUBLISHED, new MentionLinker.Story(42L, "정태오의 선택", "Hanul Electronics도 주목",
				List.of("한울전자 본사"), "한울전자는 정태오 회장이 이끈다.", List.of()));

		assertThat(jdbc.sql("""
				select field, surface, start_offset, person_id, organization_id, published_at from mentions
				where article_id = 42 order by field, start_offset""")
			.query((rs, n) -> rs.getString("field") + ":" + rs.getString("surface") + "@" + rs.getInt("start_offset") + ":"
					+ (rs.getObject("person_id") != null ? "p" + rs.getLong("person_id") : "o" + rs.getLong("organization_id"))
					+ ":" + rs.getObject("published_at", OffsetDateTime.class).toInstant())
			.list()).containsExactly("BODY:한울전자@0:o" + hanul.id() + ":" + PUBLISHED.toInstant(),
					"BODY:정태오@6:p" + chung.id() + ":" + PUBLISHED.toInstant(),
					"CAPTION:한울전자@0:o" + hanul.id() + ":" + PUBLISHED.toInstant(),
					"HEADLINE:정태오@0:p" + chung.id() + ":" + PUBLISHED.toInstant(),
					"SUBTITLE:Hanul Electronics@0:o" + hanul.id() + ":" + PUBLISHED.toInstant());

		linker.forget(42);
		assertThat(jdbc.sql("select count(*) from mentions").query(Long.class).single()).isZero();
	}

	@Test
	void anUndecidedNameIsAskedOnceAndTheAnswerIsKept() {
		MentionLinker.Story story = new MentionLinker.Story(7L, "", "", List.of(), "김민수 씨가 물었다.", List.of());
		linker.record(7, PUBLISHED, story);
		linker.record(7, PUBLISHED, story);

		List<MentionReviews.Review> open = reviews.open();
		assertThat(open).hasSize(1);
		assertThat(open.get(0).candidates()).extracting(MentionReviews.Candidate::description)
			.containsExactly("한울전자 부사장", "누리증권 연구원");
		assertThat(reviews.openFor(8)).isEmpty();

		assertThat(reviews.resolve(open.get(0).id(), kimHanul.id(), "desk")).hasValue(7);
		assertThat(reviews.resolve(open.get(0).id(), kimHanul.id(), "desk")).isEmpty();
		linker.record(7, PUBLISHED, story);

		assertThat(reviews.open()).isEmpty();
		assertThat(jdbc.sql("select person_id from mentions where article_id = 7").query(Long.class).list())
			.containsExactly(kimHanul.id());
		assertThat(linker.prepare(story).in("김민수 씨가 물었다.")).extracting(MentionLinker.Link::url)
			.containsExactly("/people/" + kimHanul.id());

		linker.forget(7);
		assertThat(jdbc.sql("select chosen_person_id from mention_reviews where article_id = 7").query(Long.class).single())
			.isEqualTo(kimHanul.id());
	}
}
