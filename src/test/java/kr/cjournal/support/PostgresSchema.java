package kr.cjournal.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Gives a PostgreSQL test class a clean schema of its own: Flyway empties it and migrates it at
 * the start of the class's application context. Use with properties such as
 * {@code spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=cj_x} and
 * {@code spring.flyway.schemas=cj_x}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresSchema {

	public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=";

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return flyway -> {
			flyway.clean();
			flyway.migrate();
		};
	}
}
