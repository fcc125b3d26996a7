package kr.cjournal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port for a browser, with the demo newsroom and directory, the
 * first administrator's password set, a movable clock and no page cache: one running application
 * shared by every browser test, so each makes its own accounts and stories under names no other
 * uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(MovableClock.Configuration.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "cjournal.site.page-cache=0",
		"CJOURNAL_ADMIN_PASSWORD=" + BrowserTest.ADMIN_PASSWORD })
public @interface BrowserTest {

	/** The first administrator's ("admin") password. */
	String ADMIN_PASSWORD = "harbour signal maple 31";
}
