package kr.cjournal.newsroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.RecordApplicationEvents;

import kr.cjournal.support.MovableClock;

/**
 * The newsroom module with the modules it uses (accounts, media), not the reader site or the
 * directory, on an empty in-memory paper with a movable clock and recorded events, shared by the
 * desk's tests (one application context for all of them). ModularityTests verifies the module
 * structure once, so this slice does not.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RecordApplicationEvents
@Import(MovableClock.Configuration.class)
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "accounts", verifyAutomatically = false)
@TestPropertySource(properties = { "cjournal.demo=false", "cjournal.newsroom.release-interval=1h" })
@interface DeskTest {
}
