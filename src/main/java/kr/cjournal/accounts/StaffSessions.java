package kr.cjournal.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Signs a staff member out of their sessions on every node, when what a session grants no longer
 * holds: the account was disabled, its roles changed or its password was reset or changed.
 */
@Component
class StaffSessions {

	private static final Logger log = LoggerFactory.getLogger(StaffSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	StaffSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void signOutEverywhere(String username) {
		signOutExcept(username, null);
	}

	/** Ends the member's sessions except the one with this id (the member's own, current one). */
	void signOutExcept(String username, String keptSessionId) {
		int ended = 0;
		for (String id : sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keptSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Signed out {} session(s) of user={}", ended, SignInOutcomes.printable(username));
		}
	}
}
