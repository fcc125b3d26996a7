package kr.cjournal.comments.moderation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import kr.cjournal.accounts.Mailbox;

/**
 * E-mail about a moderation step, sent once the step's transaction has committed: a step that
 * rolls back tells nobody, and a slow SMTP server never holds a row lock.
 */
@Component
class Letters {

	private final Mailbox mailbox;

	private final String baseUrl;

	Letters(Mailbox mailbox, @Value("${cjournal.site.base-url:}") String baseUrl) {
		this.mailbox = mailbox;
		this.baseUrl = baseUrl.replaceFirst("/+$", "");
	}

	void send(String to, String subject, String text) {
		if (to == null || to.isBlank()) {
			return;
		}
		String body = text + "\n\n씨저널 댓글 운영팀\n" + baseUrl + "/comments/measures";
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					mailbox.send(to, subject, body);
				}
			});
		}
		else {
			mailbox.send(to, subject, body);
		}
	}

	/** An absolute address on the site, for links in mail. */
	String link(String path) {
		return baseUrl + path;
	}
}
