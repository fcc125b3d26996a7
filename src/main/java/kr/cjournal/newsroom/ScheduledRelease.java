package kr.cjournal.newsroom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts scheduled and embargoed stories live: every 15 seconds (so within a minute of their
 * time), and once at start so stories due while the app was down go live at once.
 */
@Component
class ScheduledRelease {

	private static final Logger log = LoggerFactory.getLogger(ScheduledRelease.class);

	private final Desk desk;

	ScheduledRelease(Desk desk) {
		this.desk = desk;
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		release();
	}

	@Scheduled(fixedDelayString = "${cjournal.newsroom.release-interval:15s}",
			initialDelayString = "${cjournal.newsroom.release-interval:15s}")
	void release() {
		try {
			int released = desk.releaseDue();
			if (released > 0) {
				log.info("Released {} scheduled article(s)", released);
			}
		}
		catch (RuntimeException e) {
			// The next run tries again; a failure here must not stop the schedule.
			log.error("Releasing scheduled articles failed", e);
		}
	}
}
