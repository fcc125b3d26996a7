package kr.cjournal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application with the demo newsroom and directory loaded once, a movable clock, no page
 * cache, MockMvc and {@link QueryCounting}: one context shared by the tests of the reader pages,
 * the people and company pages, the mention queries and the directory editor. Tests add what they
 * need under names of their own and never count rows they did not make.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@Import({ MovableClock.Configuration.class, QueryCounting.class })
@SpringBootTest(properties = { "cjournal.site.page-cache=0",
		"cjournal.site.base-url=" + DemoPaperTest.BASE_URL })
public @interface DemoPaperTest {

	/** The scheme and host of canonical and share links. */
	String BASE_URL = "http://localhost:8080";
}
