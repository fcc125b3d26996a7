package kr.cjournal.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the site's e-mail through SMTP ({@code spring.mail.*}). Without {@code spring.mail.host}
 * there is no mail sender, and the message is written to the log instead, so the demo's
 * confirmation and reset links can be followed from the console.
 */
@Component
public class Mailbox {

	private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final String from;

	Mailbox(ObjectProvider<JavaMailSender> senders, @Value("${cjournal.mail.from:noreply@localhost}") String from) {
		this.senders = senders;
		this.from = from;
	}

	/**
	 * Sends a plain-text message, or logs it when no SMTP server is set up.
	 * @return false when the SMTP server refused or could not be reached (logged); the caller
	 * decides whether that matters
	 */
	public boolean send(String to, String subject, String text) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			log.info("No SMTP server (spring.mail.host) set; mail to {} not sent:\nSubject: {}\n\n{}", to, subject, text);
			return true;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Mail to {} ({}) could not be sent: {}", to, subject, ex.getMessage());
			return false;
		}
	}
}
