package kr.cjournal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a test class's shared configuration ({@link NewsroomAppTest}, {@link DemoPaperTest} ...) on
 * PostgreSQL instead of H2: {@link TestDefaults} gives each such context a schema of its own,
 * which {@link PostgresSchema} empties and migrates when the context starts. Classes with the
 * same configuration share one context, as on H2. Runs only where {@link EnabledIfPostgres} lets it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfPostgres
@Import(PostgresSchema.class)
@TestPropertySource(properties = TestDefaults.DATABASE + "=postgres")
public @interface OnPostgres {
}
