package kr.cjournal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Gives every application a test starts a fresh in-memory {@link TestDatabase} (or, under
 * {@link OnPostgres}, a PostgreSQL schema) and an empty data directory of its own (under
 * target/test-data), so no test annotation names either and test classes with the same
 * configuration share one cached context. A test's own properties (a second node on the first
 * node's database) still win. Registered in META-INF/spring.factories of the test classpath only.
 */
public class TestDefaults implements EnvironmentPostProcessor {

	static final String SOURCE = "cjournalTestDefaults";

	/** {@code postgres} puts the context on PostgreSQL; anything else, or nothing, on H2. */
	static final String DATABASE = "cjournal.test.database";

	private static final AtomicInteger CONTEXTS = new AtomicInteger();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String name = "context_" + CONTEXTS.incrementAndGet();
		Path dataDir = Path.of("target", "test-data", name);
		empty(dataDir);
		Map<String, Object> properties = new HashMap<>();
		properties.put("cjournal.data-dir", dataDir.toString());
		if ("postgres".equals(environment.getProperty(DATABASE))) {
			String schema = "cj_" + name;
			properties.put("spring.datasource.url", PostgresSchema.URL + schema);
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
			properties.put("spring.flyway.schemas", schema);
			properties.put("spring.flyway.clean-disabled", "false");
		}
		else {
			properties.put("spring.datasource.url", TestDatabase.h2(name));
		}
		MapPropertySource defaults = new MapPropertySource(SOURCE, properties);
		// Below the test's own properties, the command line and the environment; above application.yml.
		environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, defaults);
	}

	/** Files from an earlier run would stand beside a database that has never heard of them. */
	private static void empty(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot empty " + directory, e);
		}
	}
}
