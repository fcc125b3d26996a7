package kr.cjournal.exchange;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import kr.cjournal.CjournalApplication;

/** A command of the jar run in this JVM, as {@code java -jar cjournal.jar ARGS} would: its status and what it printed. */
public record CommandRun(int status, String printed) {

	public static CommandRun of(String... args) {
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		int status;
		try {
			status = CommandLine.run(CjournalApplication.class, args);
		}
		finally {
			System.setErr(err);
		}
		return new CommandRun(status, captured.toString(StandardCharsets.UTF_8));
	}
}
