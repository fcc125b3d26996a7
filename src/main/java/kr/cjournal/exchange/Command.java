package kr.cjournal.exchange;

import java.io.PrintStream;
import java.util.List;

/**
 * A command-line mode of the jar ({@code java -jar cjournal.jar NAME ARGS...}), run by
 * {@link CommandLine} in the application without its web server. Its name must be listed in
 * {@link CommandLine#NAMES} so that {@code main} knows it before Spring starts.
 */
interface Command {

	/** The word after {@code cjournal.jar} that runs this command, e.g. {@code export}. */
	String name();

	/**
	 * Runs the command and answers the process's exit status (0 when all went well, 2 for wrong arguments, after printing how to call it).
	 *
	 * @param arguments the words after the name, without Spring's {@code --name=value} options
	 * @param out the process's real standard output, for data (everything else printed during the run goes to standard error)
	 * @param err standard error, for progress and messages
	 */
	int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception;
}
