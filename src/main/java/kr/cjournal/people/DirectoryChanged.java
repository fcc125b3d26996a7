package kr.cjournal.people;

/**
 * Announced after every change to people, organisations, positions or aliases, so that whatever
 * holds the directory in memory (name suggestions, the mention matcher) reloads it.
 */
public record DirectoryChanged() {
}
