package kr.cjournal.support;

import java.util.Properties;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The in-memory H2 database tests run on, with exactly the options application.yml gives the
 * application's own H2 file (PostgreSQL mode, lower-case names, nulls sorted last), so a test sees
 * the same SQL dialect as a newsroom running on H2. {@link TestDefaults} gives every test context
 * one of its own; only code that builds a data source by hand names one.
 */
public final class TestDatabase {

	/** application.yml's H2 options, read from it rather than copied, so the two cannot drift apart. */
	public static final String OPTIONS = applicationOptions();

	private TestDatabase() {
	}

	/** An in-memory database kept until the JVM ends, however many connections close. */
	public static String h2(String name) {
		return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;" + OPTIONS;
	}

	private static String applicationOptions() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties application = yaml.getObject();
		String url = application.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:h2:") || url.indexOf(';') < 0) {
			throw new IllegalStateException("application.yml no longer names an H2 database with options: " + url);
		}
		return url.substring(url.indexOf(';') + 1);
	}
}
