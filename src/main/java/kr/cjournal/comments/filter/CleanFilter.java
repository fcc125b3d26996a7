package kr.cjournal.comments.filter;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The abuse filter (클린필터): finds profanity, insults and slurs in a text, also disguised (초성,
 * spaces, digits and symbols between letters, drawn-out letters, look-alikes, 2-set keyboard
 * typing), and leaves ordinary words with the same letters alone (시발점, 수박씨 발라 먹기, 18일).
 * The words are the shipped lists plus those moderators add; a change made here applies at once,
 * one made on another node within {@code cjournal.comments.filter.refresh} (10 s), by comparing a
 * cheap version of the table. Screening takes time linear in the text.
 */
@Component
public class CleanFilter {

	private static final Logger log = LoggerFactory.getLogger(CleanFilter.class);

	private final WordLists shipped = WordLists.shipped();

	private final FilterWords words;

	private volatile FilterMatcher matcher = FilterMatcher.of(shipped);

	private volatile String version = "";

	CleanFilter(FilterWords words) {
		this.words = words;
	}

	public Screening screen(String text) {
		return matcher.screen(text);
	}

	/** Rebuilds from the shipped lists and the table now (after a change on this node). */
	synchronized void rebuild() {
		String now = words.version();
		List<WordLists.Word> blocked = new ArrayList<>();
		List<String> allowed = new ArrayList<>();
		for (FilterWord word : words.all()) {
			if (word.blocks()) {
				blocked.add(new WordLists.Word(word.word(), Screening.Category.valueOf(word.category())));
			}
			else {
				allowed.add(word.word());
			}
		}
		matcher = FilterMatcher.of(shipped.with(blocked, allowed));
		version = now;
	}

	@EventListener(ApplicationStartedEvent.class)
	void started() {
		refresh();
	}

	/** Picks up words another node added or removed. */
	@Scheduled(fixedDelayString = "${cjournal.comments.filter.refresh:10s}",
			initialDelayString = "${cjournal.comments.filter.refresh:10s}")
	void refresh() {
		try {
			if (!words.version().equals(version)) {
				rebuild();
			}
		}
		catch (DataAccessException e) {
			log.warn("Filter words could not be read; the filter keeps the words it has: {}", e.getMessage());
		}
	}
}
