package kr.cjournal.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One embedded SMTP server (GreenMail) for the whole test run, on a free port. A context that
 * imports {@link Config} sends its mail there over real SMTP, and tests read what arrived.
 */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	/** A plain mail as a test reads it. */
	public record Mail(String to, String subject, String body) {
	}

	/** Every message received so far for {@code address}, oldest first. */
	public static List<Mail> to(String address) {
		return Arrays.stream(server().getReceivedMessages()).map(TestMail::read).filter(m -> m.to().equalsIgnoreCase(address)).toList();
	}

	/** The newest message for {@code address}, waiting up to 5 s for one to arrive. */
	public static Mail latestTo(String address) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < deadline) {
			List<Mail> mails = to(address);
			if (!mails.isEmpty()) {
				return mails.get(mails.size() - 1);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("No mail to " + address + " arrived within 5 s");
	}

	private static Mail read(Message message) {
		try {
			String to = message.getAllRecipients()[0].toString();
			Object content = message.getContent();
			String body = content instanceof String text ? text : GreenMailUtil.getBody(message);
			return new Mail(to, message.getSubject(), body);
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points the application's mail at the embedded server. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		JavaMailSender testMailSender() {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(server().getSmtp().getPort());
			sender.setDefaultEncoding("UTF-8");
			return sender;
		}
	}
}
