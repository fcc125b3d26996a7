package kr.cjournal.newsroom;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Who may do what, enforced by the desk itself whatever page or API calls it: every role
 * against every action, on a story in the state the action needs, and every action against every
 * status, as the table of {@link Transition}s says.
 */
@DeskTest
class DeskPermissionIntegrationTests {

	/** The reporter whose stories are acted on. */
	static final Actor HANA = new Actor("hana", Set.of(Role.REPORTER));

	static final Actor EDITOR = new Actor("desk", Set.of(Role.EDITOR));

	@Autowired
	DeskFixture fixture;

	@Autowired
	Desk desk;

	@Autowired
	Manuscripts manuscripts;

	@Autowired
	Reporters reporters;

	@Autowired
	Clock clock;

	@BeforeEach
	void newsroom() {
		fixture.reset();
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource({
			// role, action, allowed
			"REPORTER, create a draft, true", "REPORTER, edit own draft, true", "REPORTER, submit own draft, true",
			"REPORTER, edit another reporter's draft, false", "REPORTER, edit another reporter's published story, false",
			"REPORTER, edit own submitted story, false", "REPORTER, submit another reporter's draft, false",
			"REPORTER, send back, false", "REPORTER, publish, false", "REPORTER, schedule, false",
			"REPORTER, correct, false", "REPORTER, unpublish, false", "REPORTER, choose top stories, false",
			"REPORTER, publish an archived story, false",
			"EDITOR, create a draft, true", "EDITOR, edit another reporter's draft, true",
			"EDITOR, edit own submitted story, true", "EDITOR, submit another reporter's draft, true",
			"EDITOR, send back, true", "EDITOR, publish, true", "EDITOR, schedule, true", "EDITOR, correct, true",
			"EDITOR, unpublish, true", "EDITOR, choose top stories, true",
			"EDITOR, publish an archived story, true",
			"MODERATOR, create a draft, false", "MODERATOR, edit another reporter's draft, false",
			"MODERATOR, submit another reporter's draft, false", "MODERATOR, publish, false",
			"MODERATOR, correct, false", "MODERATOR, unpublish, false", "MODERATOR, choose top stories, false",
			"MODERATOR, publish an archived story, false",
			"ADMIN, create a draft, true", "ADMIN, edit another reporter's draft, true", "ADMIN, publish, true",
			"ADMIN, schedule, true", "ADMIN, correct, true", "ADMIN, unpublish, true", "ADMIN, choose top stories, true",
			"ADMIN, publish an archived story, true" })
	void rolesAllowOnlyTheirActions(Role role, String action, boolean allowed) {
		Actor actor = new Actor(role == Role.REPORTER && action.contains("own") ? "hana" : "someone", Set.of(role));
		Runnable attempt = prepare(actor, action);

		if (allowed) {
			assertThatCode(attempt::run).as(role + " may " + action).doesNotThrowAnyException();
		}
		else {
			NewsroomRefusal refusal = catchThrowableOfType(NewsroomRefusal.class, attempt::run);
			assertThat(refusal).as(role + " may not " + action).isNotNull();
			assertThat(refusal.kind()).isEqualTo(NewsroomRefusal.Kind.NOT_ALLOWED);
			assertThat(refusal.getMessage()).isNotBlank();
		}
	}

	@ParameterizedTest(name = "{0} views {1}: {2}")
	@CsvSource({
			// role, story, allowed
			"REPORTER, own draft, true", "REPORTER, own embargoed story, true", "REPORTER, another reporter's draft, false",
			"REPORTER, another reporter's submitted story, false", "REPORTER, another reporter's embargoed story, false",
			"REPORTER, another reporter's unpublished story, false", "REPORTER, a published story, true",
			"EDITOR, own draft, true", "EDITOR, another reporter's draft, true", "EDITOR, another reporter's submitted story, true",
			"EDITOR, another reporter's embargoed story, true", "EDITOR, another reporter's unpublished story, true",
			"EDITOR, a published story, true",
			"MODERATOR, another reporter's draft, false", "MODERATOR, another reporter's submitted story, false",
			"MODERATOR, another reporter's embargoed story, false", "MODERATOR, another reporter's unpublished story, false",
			"MODERATOR, a published story, true",
			"ADMIN, own draft, true", "ADMIN, another reporter's draft, true", "ADMIN, another reporter's embargoed story, true",
			"ADMIN, a published story, true" })
	void rolesSeeOnlyTheStoriesTheirRoleAllows(Role role, String story, boolean allowed) {
		Actor actor = new Actor(story.startsWith("own") ? "hana" : "someone", Set.of(role));
		Actor writer = story.startsWith("own") ? actor : HANA;
		long id = desk.createDraft(writer, fixture.draft("보여도 되나"));
		switch (story) {
			case "own draft", "another reporter's draft" -> {
			}
			case "another reporter's submitted story" -> desk.submit(HANA, id);
			case "own embargoed story", "another reporter's embargoed story" ->
				desk.schedule(EDITOR, id, OffsetDateTime.now().plusHours(1), true);
			case "another reporter's unpublished story" -> {
				desk.publishNow(EDITOR, id);
				desk.unpublish(EDITOR, id, "오보");
			}
			case "a published story" -> desk.publishNow(EDITOR, id);
			default -> throw new IllegalArgumentException(story);
		}

		if (allowed) {
			assertThat(desk.read(actor, id).headline()).as(role + " may view " + story).isEqualTo("보여도 되나");
		}
		else {
			NewsroomRefusal refusal = catchThrowableOfType(NewsroomRefusal.class, () -> desk.read(actor, id));
			assertThat(refusal).as(role + " may not view " + story).isNotNull();
			assertThat(refusal.kind()).isEqualTo(NewsroomRefusal.Kind.NOT_ALLOWED);
			assertThat(refusal.getMessage()).isEqualTo("출고 전 기사는 쓴 기자와 데스크만 볼 수 있습니다.");
		}
		assertThat(manuscripts.inStatus(actor, manuscripts.find(id).orElseThrow().status()))
			.as("the lists follow the same rule")
			.extracting(ManuscriptLine::id)
			.containsExactlyElementsOf(allowed ? List.of(id) : List.of());
		assertThat(manuscripts.searchHeadlines(actor, "보여도"))
			.as("so does the headline search")
			.extracting(ManuscriptLine::id)
			.containsExactlyElementsOf(allowed ? List.of(id) : List.of());
	}

	/**
	 * Every move the desk makes on request on a story it holds, from every status (a release is
	 * the clock's; an archived story is published as it is written).
	 */
	static Stream<Arguments> movesFromEveryStatus() {
		return Stream.of(Transition.values())
			.filter(transition -> transition != Transition.RELEASE && transition != Transition.PUBLISH_ARCHIVED)
			.flatMap(transition -> Stream.of(ArticleStatus.values()).map(status -> Arguments.of(transition, status)));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("movesFromEveryStatus")
	void theDeskMovesAStoryOnlyFromTheStatusesTheTableAllows(Transition transition, ArticleStatus status) {
		long id = inStatus(status);
		Runnable move = switch (transition) {
			case SUBMIT -> () -> desk.submit(EDITOR, id);
			case SEND_BACK -> () -> desk.sendBack(EDITOR, id, "다시 써 주세요.");
			case PUBLISH_NOW -> () -> desk.publishNow(EDITOR, id);
			case SCHEDULE -> () -> desk.schedule(EDITOR, id, OffsetDateTime.now(clock).plusHours(2), false);
			case UNPUBLISH -> () -> desk.unpublish(EDITOR, id, "오보");
			case RELEASE, PUBLISH_ARCHIVED -> throw new IllegalArgumentException(transition + " is not made on a held story");
		};

		if (transition.allowsFrom(status)) {
			move.run();
			assertThat(manuscripts.find(id).orElseThrow().status()).isEqualTo(transition.to());
		}
		else {
			NewsroomRefusal refusal = catchThrowableOfType(NewsroomRefusal.class, move::run);
			assertThat(refusal).as(transition + " may not start from " + status).isNotNull();
			assertThat(refusal.kind()).isEqualTo(NewsroomRefusal.Kind.CONFLICT);
			assertThat(refusal.getMessage()).isEqualTo("'" + status.label() + "' 상태의 기사에는 할 수 없는 일입니다.");
			assertThat(manuscripts.find(id).orElseThrow().status()).as("unchanged").isEqualTo(status);
		}
	}

	/** A story of hana's in the given status. */
	private long inStatus(ArticleStatus status) {
		long id = desk.createDraft(HANA, fixture.draft("상태 이동"));
		switch (status) {
			case DRAFT -> {
			}
			case SUBMITTED -> desk.submit(HANA, id);
			case SCHEDULED -> desk.schedule(EDITOR, id, OffsetDateTime.now(clock).plusHours(1), true);
			case PUBLISHED -> desk.publishNow(EDITOR, id);
			case UNPUBLISHED -> {
				desk.publishNow(EDITOR, id);
				desk.unpublish(EDITOR, id, "오보");
			}
		}
		return id;
	}

	private Runnable prepare(Actor actor, String action) {
		Draft changed = fixture.draft("바뀐 제목");
		return switch (action) {
			case "create a draft" -> () -> desk.createDraft(actor, fixture.draft("새 기사"));
			case "edit own draft", "edit another reporter's draft" -> {
				long id = desk.createDraft(HANA, fixture.draft("초고"));
				yield () -> desk.save(actor, id, version(id), changed, false);
			}
			case "submit own draft", "submit another reporter's draft" -> {
				long id = desk.createDraft(HANA, fixture.draft("초고"));
				yield () -> desk.submit(actor, id);
			}
			case "edit own submitted story" -> {
				long id = submitted();
				yield () -> desk.save(actor, id, version(id), changed, false);
			}
			case "edit another reporter's published story" -> {
				long id = published();
				yield () -> desk.correct(actor, id, version(id), changed, null);
			}
			case "send back" -> {
				long id = submitted();
				yield () -> desk.sendBack(actor, id, "다시 써 주세요.");
			}
			case "publish" -> {
				long id = submitted();
				yield () -> desk.publishNow(actor, id);
			}
			case "schedule" -> {
				long id = submitted();
				yield () -> desk.schedule(actor, id, OffsetDateTime.now().plusHours(1), false);
			}
			case "correct" -> {
				long id = published();
				yield () -> desk.correct(actor, id, version(id), changed, "수치 정정");
			}
			case "unpublish" -> {
				long id = published();
				yield () -> desk.unpublish(actor, id, "오보");
			}
			case "choose top stories" -> {
				long id = published();
				yield () -> desk.chooseTopStories(actor, List.of(id));
			}
			case "publish an archived story" -> {
				long hana = reporters.findByUsername("hana").orElseThrow().id();
				Draft archived = new Draft(fixture.general(), "지난 기사", null, "본문", List.of(hana), List.of());
				yield () -> desk.publishArchived(actor, archived, OffsetDateTime.parse("2023-05-16T01:20:00Z"));
			}
			default -> throw new IllegalArgumentException(action);
		};
	}

	private long submitted() {
		long id = desk.createDraft(HANA, fixture.draft("제출된 기사"));
		desk.submit(HANA, id);
		return id;
	}

	private long published() {
		long id = submitted();
		desk.publishNow(EDITOR, id);
		return id;
	}

	private int version(long id) {
		return manuscripts.find(id).orElseThrow().version();
	}
}
