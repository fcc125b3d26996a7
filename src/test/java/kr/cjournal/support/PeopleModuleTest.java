package kr.cjournal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The people module with the modules it uses (newsroom, media) and accounts for sign-in, not the
 * reader site, on an empty paper with the first administrator's API token and MockMvc: one context
 * shared by the directory's storage and recognition tests. ModularityTests verifies the module
 * structure once, so this slice does not.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureMockMvc
@ApplicationModuleTest(module = "people", mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "accounts",
		verifyAutomatically = false)
@TestPropertySource(properties = { "cjournal.demo=false", "CJOURNAL_ADMIN_TOKEN=" + PeopleModuleTest.ADMIN_TOKEN })
public @interface PeopleModuleTest {

	/** The first administrator's API token. */
	String ADMIN_TOKEN = "cj_recognition-test-token-0123456789abcdefgh";
}
