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
 * The whole application on a random port with an empty paper (no demo), no page cache, the first
 * administrator's API token, a recognition limit no test reaches, MockMvc and
 * {@link QueryCounting}: one running application shared by the tests of the newsroom's pages,
 * stories, uploads and linking. Each test sets up the paper it needs (most empty it first).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@Import(QueryCounting.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "cjournal.demo=false",
		"cjournal.site.page-cache=0", "cjournal.people.recognition.requests-per-minute=1000",
		"CJOURNAL_ADMIN_TOKEN=" + NewsroomAppTest.ADMIN_TOKEN })
public @interface NewsroomAppTest {

	/** The first administrator's API token. */
	String ADMIN_TOKEN = "cj_media-upload-test-token-0123456789abcdef";
}
