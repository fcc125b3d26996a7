package kr.cjournal.support;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Role;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.Draft;
import kr.cjournal.newsroom.Reporter;
import kr.cjournal.newsroom.Reporters;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;

/**
 * Publishes stories through the desk's public API for tests that need one to comment on: each
 * call a new story in a section and by a reporter made once per context, so tests sharing an
 * application never see each other's stories change.
 */
@TestComponent
public class TestStories {

	private static final Actor DESK = new Actor("admin", Set.of(Role.EDITOR, Role.ADMIN));

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Sections sections;

	private final Reporters reporters;

	private final Desk desk;

	private Section section;

	private Reporter reporter;

	TestStories(Sections sections, Reporters reporters, Desk desk) {
		this.sections = sections;
		this.reporters = reporters;
		this.desk = desk;
	}

	/** A published story with the given headline; returns its article id. */
	public synchronized long publish(String headline) {
		if (section == null) {
			String slug = "comments-test-" + Long.toString(System.nanoTime(), 36);
			section = sections.byPath(slug).orElseGet(() -> sections.add(DESK, null, slug, "댓글시험"));
			reporter = reporters.create("시험기자" + SEQUENCE.incrementAndGet(), "tester" + System.nanoTime() + "@cjournal.example");
		}
		String body = headline + "에 관한 시험 기사다. 독자들이 댓글을 달 수 있도록 본문을 충분히 길게 적는다.\n\n"
				+ "두 번째 문단은 기사의 배경을 설명한다. 시장은 이 소식에 차분하게 반응했다.";
		Draft draft = new Draft(section.id(), headline, null, body, List.of(reporter.id()), List.of());
		return desk.publishArchived(DESK, draft, OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).minusMinutes(5));
	}
}
