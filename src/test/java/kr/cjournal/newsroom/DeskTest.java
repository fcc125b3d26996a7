package kr.cjournal.newsroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.RecordApplicationEvents;

import kr.cjournal.support.MovableClock;

/**
 * The whole application on an empty in-memory paper with a movable clock and recorded events,
 * shared by the desk's tests (one application context for all of them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RecordApplicationEvents
@Import(MovableClock.Configuration.class)
@SpringBootTest(properties = { "cjournal.demo=false", "cjournal.newsroom.release-interval=1h" })
@interface DeskTest {
}
