package kr.cjournal.people.recognition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.cjournal.people.DirectoryChanged;
import kr.cjournal.people.DirectorySnapshot;

/**
 * Recognises the people and organisations a draft names, for the editor's suggestions. The
 * patterns find new names; the directory (held in memory, reloaded after each change) fills in
 * who is already known.
 */
@Component
public class Recognizer {

	private final JdbcClient jdbc;

	private volatile KnownDirectory known;

	Recognizer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Recognition recognize(String text) {
		return StoryReader.read(text, known());
	}

	/** Forgets the loaded directory once a change commits; the next recognition reloads it. */
	@TransactionalEventListener(fallbackExecution = true)
	void reload(DirectoryChanged changed) {
		known = null;
	}

	private KnownDirectory known() {
		KnownDirectory current = known;
		if (current == null) {
			current = load();
			known = current;
		}
		return current;
	}

	private KnownDirectory load() {
		return KnownDirectory.of(DirectorySnapshot.entities(jdbc));
	}
}
