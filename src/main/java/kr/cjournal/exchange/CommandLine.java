package kr.cjournal.exchange;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The jar's command-line modes: {@code java -jar cjournal.jar export FILE} and those to come
 * ({@code import}, {@code reindex}). The application starts without listening on any port, runs the
 * {@link Command} bean of that name, and exits with its status.
 * <p>
 * A command's data may go to standard output ({@code export -}), so while it runs, everything
 * else that would print there (Spring's log) goes to standard error instead; the command alone
 * gets the real standard output. A command never creates the first administrator (its one-time
 * password is for the site's first start). The demo paper is never loaded by a command: exporting an empty database exports
 * nothing rather than the demo.
 */
public final class CommandLine {

	/** Every command's name, known before Spring starts; each has a {@link Command} bean. */
	public static final Set<String> NAMES = Set.of("export", "import", "reindex");

	/** Options of a command's own ({@code --name=value}), given to it rather than to Spring. */
	private static final Map<String, Set<String>> OWN_OPTIONS = Map.of("import", Set.of("format", "uploads", "report"));

	/** Settings of a command run, unless its own {@code --name=value} options say otherwise. */
	private static final Map<String, String> COMMAND_SETTINGS = Map.of("cjournal.demo", "false",
			// The first administrator is made, and its one-time password printed, at the site's first start.
			"cjournal.accounts.first-admin", "false",
			"spring.main.banner-mode", "off", "logging.level.root", "WARN",
			// The search index follows the change feed on the site's nodes, not during an import or export.
			"cjournal.search.follow", "false",
			// The web application without a listening port: the staff accounts' beans need Spring Session,
			// which Spring Boot sets up for web applications only (WebApplicationType.NONE fails to start).
			"server.port", "-1");

	private CommandLine() {
	}

	/**
	 * Puts the command settings above every other source (application.yml loads the demo), except
	 * where the command's own options set them, once the configuration is read and before logging
	 * is set up; the base URL of links is taken before the port is turned off, so it stays what
	 * the site would use.
	 */
	private record CommandSettings(List<String> options)
			implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			ConfigurableEnvironment environment = event.getEnvironment();
			Map<String, Object> settings = new HashMap<>();
			settings.put("cjournal.site.base-url", environment.getProperty("cjournal.site.base-url", ""));
			COMMAND_SETTINGS.forEach((name, value) -> {
				if (options.stream().noneMatch(option -> option.startsWith("--" + name + "="))) {
					settings.put(name, value);
				}
			});
			environment.getPropertySources().addFirst(new MapPropertySource("cjournal-command", settings));
		}

		/** After the configuration files are read (+10), before logging is set up (+20). */
		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE + 15;
		}
	}

	/** Whether the arguments name a command rather than starting the site. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && NAMES.contains(args[0]);
	}

	/**
	 * Starts the application without listening on a port, runs the command {@code args[0]} with the
	 * words that follow, closes the application and answers the exit status. Arguments of the
	 * form {@code --name=value} are Spring's (e.g. {@code --spring.datasource.url=...}).
	 */
	public static int run(Class<?> application, String[] args) {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false,
				java.nio.charset.StandardCharsets.UTF_8);
		PrintStream err = System.err;
		PrintStream originalOut = System.out;
		System.setOut(err);
		List<String> words = new ArrayList<>();
		List<String> options = new ArrayList<>();
		Set<String> own = OWN_OPTIONS.getOrDefault(args[0], Set.of());
		for (int i = 1; i < args.length; i++) {
			boolean option = args[i].startsWith("--");
			String name = option ? args[i].substring(2).split("=", 2)[0] : null;
			(option && !own.contains(name) ? options : words).add(args[i]);
		}
		SpringApplicationBuilder builder = new SpringApplicationBuilder(application).web(WebApplicationType.SERVLET)
			.listeners(new CommandSettings(options));
		try (ConfigurableApplicationContext context = builder.run(options.toArray(String[]::new))) {
			Command command = context.getBeansOfType(Command.class)
				.values()
				.stream()
				.filter(c -> c.name().equals(args[0]))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No command bean named " + args[0]));
			return command.run(words, out, err);
		}
		catch (Exception e) {
			err.println(args[0] + ": " + e.getMessage());
			return 1;
		}
		finally {
			out.flush();
			System.setOut(originalOut);
		}
	}
}
