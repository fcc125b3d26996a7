package kr.cjournal;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import kr.cjournal.exchange.CommandLine;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CjournalApplication {

	/** The one clock every module reads time from, so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Starts the site, or with a command's name first ({@code export FILE}) runs that command
	 * without the web server and exits with its status.
	 */
	public static void main(String[] args) {
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(CjournalApplication.class, args));
		}
		SpringApplication.run(CjournalApplication.class, args);
	}
}
