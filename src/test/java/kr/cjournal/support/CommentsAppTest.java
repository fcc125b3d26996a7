package kr.cjournal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with an empty paper (no demo), no page cache, mail sent
 * to the embedded SMTP server ({@link TestMail}), MockMvc and {@link QueryCounting}: one running
 * application shared by the tests of readers, comments and moderation. Tests make their own
 * readers and stories ({@link TestReaders}, {@link TestStories}) with unique names and never count rows globally.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@Import({ QueryCounting.class, TestMail.Config.class, TestReaders.class, TestStories.class })
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "cjournal.demo=false",
		"cjournal.site.page-cache=0", "CJOURNAL_ADMIN_TOKEN=" + CommentsAppTest.ADMIN_TOKEN })
public @interface CommentsAppTest {

	/** The first administrator's API token. */
	String ADMIN_TOKEN = "cj_comments-test-token-0123456789abcdefghij";
}
