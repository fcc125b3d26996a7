package kr.cjournal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on an H2 database of its own with the demo newsroom and directory, a
 * movable clock and no page cache: one context shared by the tests of the people and company
 * pages, the mention queries and the directory editor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@Import(MovableClock.Configuration.class)
@SpringBootTest(properties = { "cjournal.site.page-cache=0",
		"cjournal.site.base-url=http://localhost:8080" })
public @interface DirectoryTest {
}
