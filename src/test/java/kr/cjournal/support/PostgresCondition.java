package kr.cjournal.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class PostgresCondition implements ExecutionCondition {

	static final String HOST = "127.0.0.1";

	static final int PORT = 5432;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (TestEnvironment.required("CJOURNAL_TEST_POSTGRES")) {
			return ConditionEvaluationResult.enabled("PostgreSQL is required here (CI or CJOURNAL_TEST_POSTGRES=required)");
		}
		if ("skip".equalsIgnoreCase(System.getenv("CJOURNAL_TEST_POSTGRES"))) {
			// Parallel checkouts share one database and its fixed schema names; let them opt out.
			return ConditionEvaluationResult.disabled("CJOURNAL_TEST_POSTGRES=skip");
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, PORT), 500);
			return ConditionEvaluationResult.enabled("PostgreSQL answers on " + HOST + ":" + PORT);
		}
		catch (IOException e) {
			return ConditionEvaluationResult.disabled("No PostgreSQL on " + HOST + ":" + PORT
					+ "; set CJOURNAL_TEST_POSTGRES=required to make this a failure");
		}
	}
}
