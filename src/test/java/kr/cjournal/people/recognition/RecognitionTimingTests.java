package kr.cjournal.people.recognition;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.cjournal.people.NamedEntity;
import kr.cjournal.support.AdversarialTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * One pasted text must not keep a core busy: the recogniser reads every adversarial text of the
 * longest allowed length in well under half a second of CPU time (a backtracking pattern took
 * 150 s on the first of them). Each text is given a few seconds at most, so a slow one fails
 * instead of hanging.
 */
class RecognitionTimingTests {

	/** Generous for a loaded two-core build machine, far below what a super-linear pass takes. */
	private static final long LIMIT_MS = 500;

	/** A directory that knows the names the texts repeat, so lookups run on every one of them. */
	private static final KnownDirectory KNOWN = KnownDirectory.of(List.of(
			new NamedEntity(NamedEntity.Kind.PERSON, 1, "김철수", List.of(), List.of("한울전자"), List.of("사장")),
			new NamedEntity(NamedEntity.Kind.ORGANIZATION, 2, "한울그룹", List.of("한울"), List.of(), List.of()),
			new NamedEntity(NamedEntity.Kind.ORGANIZATION, 3, "한울전자", List.of(), List.of(), List.of())));

	@Test
	void aReporterSignOffFollowedByALongRunOfAtSignsIsReadAtOnce() {
		String text = "김철수 기자 " + "@".repeat(99_000) + " x";

		assertThat(millis(text)).isLessThan(LIMIT_MS);
	}

	@Test
	void everyAdversarialTextIsReadInLinearTime() {
		StoryReader.read("정태성 한울물산 회장은 13일 에릭 모건 오리온랩스 최고경영자(CEO)와 만났다.", KNOWN);
		Map<String, String> texts = AdversarialTexts.all();
		texts.forEach((name, text) -> assertThat(millis(text)).as(name).isLessThan(LIMIT_MS));
	}

	@Test
	void theFixedPatternsStillFindWhatTheyFoundBefore() {
		String story = "가람전자 김주선 사장은 13일 신제품을 내놨다.\n김바램 기자 baram@cjournal.kr\n다른 기사 제목";

		assertThat(StoryReader.story(story)).endsWith("baram@cjournal.kr").doesNotContain("다른 기사");
		assertThat(StoryReader.read("이준호 다온증권 리서치센터장(왼쪽)과 최 회장", KNOWN).mentions())
			.extracting(Recognition.PersonMention::title)
			.containsExactly("리서치센터장");
	}

	private static long millis(String text) {
		return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long started = threads.getCurrentThreadCpuTime();
			StoryReader.read(text, KNOWN);
			return (threads.getCurrentThreadCpuTime() - started) / 1_000_000;
		});
	}
}
