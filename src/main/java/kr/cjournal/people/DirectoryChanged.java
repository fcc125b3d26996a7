package kr.cjournal.people;

import java.util.List;

/**
 * Announced after every change to people, organisations, positions or aliases, so that whatever
 * holds the directory in memory (name suggestions, the mention matcher) reloads it.
 *
 * @param added when the change only added these entries (an import creating people by name),
 *     so that a matcher can take them in without reading the directory again; {@code null} when
 *     anything may have changed
 */
public record DirectoryChanged(List<NamedEntity> added) {

	/** Anything in the directory may have changed. */
	public DirectoryChanged() {
		this(null);
	}

	public DirectoryChanged {
		added = added == null ? null : List.copyOf(added);
	}
}
