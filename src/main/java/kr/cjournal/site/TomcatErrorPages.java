package kr.cjournal.site;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat rejects before Spring sees them (a malformed {@code %zz} in the path, a bad
 * header) would get Tomcat's English error page; readers get a short Korean one instead.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(KoreanErrorReportValve.class.getName());
			}
		});
	}

	/** Writes the Korean error page; never a stack trace or the server's version. */
	public static class KoreanErrorReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				response.setLocale(java.util.Locale.KOREA);
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\">"
							+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
							+ ErrorTexts.title(status) + "</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>"
							+ "<body class=\"error-page\"><main class=\"page\"><section class=\"error-box\">"
							+ "<p class=\"error-status\">" + status + "</p><h1>" + ErrorTexts.title(status) + "</h1><p>"
							+ ErrorTexts.message(status) + "</p><p class=\"error-actions\"><a class=\"button\" href=\"/\">"
							+ "첫 화면으로 가기</a></p></section></main></body></html>");
				}
			}
			catch (IOException | IllegalStateException e) {
				// The client is gone or the response is committed; nothing more to tell it.
			}
		}
	}
}
