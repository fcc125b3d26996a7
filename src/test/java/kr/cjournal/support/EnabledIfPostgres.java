package kr.cjournal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against PostgreSQL on 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}). In CI ({@code CI=true}) or with {@code CJOURNAL_TEST_POSTGRES=required} the
 * class always runs, so a database that is missing makes it fail; elsewhere it is skipped when
 * nothing listens on that port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
public @interface EnabledIfPostgres {
}
