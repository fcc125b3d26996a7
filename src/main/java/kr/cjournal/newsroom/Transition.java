package kr.cjournal.newsroom;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static kr.cjournal.newsroom.ArticleStatus.DRAFT;
import static kr.cjournal.newsroom.ArticleStatus.PUBLISHED;
import static kr.cjournal.newsroom.ArticleStatus.SCHEDULED;
import static kr.cjournal.newsroom.ArticleStatus.SUBMITTED;
import static kr.cjournal.newsroom.ArticleStatus.UNPUBLISHED;

/**
 * Every move of a story between statuses, as one table: from which statuses, to which, and what
 * else changes in its row. Only the {@link Desk} changes a status, and only by these moves. Who
 * may make a move is the desk's business; this table says which statuses allow it.
 */
enum Transition {

	/** A reporter hands a draft to the desk; the desk's last comment has been answered. */
	SUBMIT(EnumSet.of(DRAFT), SUBMITTED, Column.cleared("desk_comment")),

	/** The desk sends a story back to its reporter with a comment; a schedule is lifted. */
	SEND_BACK(EnumSet.of(SUBMITTED, SCHEDULED), DRAFT, Column.given("desk_comment", "comment"),
			Column.cleared("publish_at"), Column.off("embargo")),

	/** The desk publishes now; a story published before keeps its first publication time. */
	PUBLISH_NOW(EnumSet.of(DRAFT, SUBMITTED, SCHEDULED), PUBLISHED, Column.first("published_at", "now"),
			Column.cleared("publish_at"), Column.off("embargo"), Column.cleared("desk_comment")),

	/** The desk publishes at a time, under embargo or not. */
	SCHEDULE(EnumSet.of(DRAFT, SUBMITTED, SCHEDULED), SCHEDULED, Column.given("publish_at", "at"),
			Column.given("embargo", "embargo")),

	/** A scheduled story's time has come ({@link Desk#releaseDue}). */
	RELEASE(EnumSet.of(SCHEDULED), PUBLISHED, Column.first("published_at", "now"), Column.cleared("publish_at"),
			Column.off("embargo")),

	/**
	 * A story from an archive goes on the site at the time it was first published
	 * ({@link Desk#publishArchived}); it is written as a draft in the same transaction just before.
	 */
	PUBLISH_ARCHIVED(EnumSet.of(DRAFT), PUBLISHED, Column.given("published_at", "at")),

	/** The desk takes a published story off the site, saying why. */
	UNPUBLISH(EnumSet.of(PUBLISHED), UNPUBLISHED, Column.given("unpublished_at", "now"),
			Column.given("unpublished_reason", "reason"));

	private final Set<ArticleStatus> from;

	private final ArticleStatus to;

	private final List<Column> columns;

	Transition(Set<ArticleStatus> from, ArticleStatus to, Column... columns) {
		this.from = Set.copyOf(from);
		this.to = to;
		this.columns = List.of(columns);
	}

	ArticleStatus to() {
		return to;
	}

	boolean allowsFrom(ArticleStatus status) {
		return from.contains(status);
	}

	/**
	 * The {@code set} clause of the update, status and version included, binding {@code :to} and
	 * the parameters the columns name.
	 */
	String assignments() {
		return "status = :to, version = version + 1"
				+ columns.stream().map(column -> ", " + column.sql()).collect(Collectors.joining());
	}

	/** Refuses values that do not match the parameters the columns name, so a typo cannot reach SQL. */
	void check(Map<String, ?> values) {
		Set<String> needed = columns.stream()
			.map(Column::parameter)
			.filter(parameter -> parameter != null)
			.collect(Collectors.toCollection(TreeSet::new));
		if (!needed.equals(new TreeSet<>(values.keySet()))) {
			throw new IllegalArgumentException(name() + " takes " + needed + ", not " + values.keySet());
		}
	}

	/**
	 * One column a move sets: to a value the desk gives ({@code given}), to it only while the
	 * column is still empty ({@code first}), to null ({@code cleared}) or to false ({@code off}).
	 */
	record Column(String name, Kind kind, String parameter) {

		enum Kind {
			GIVEN, FIRST, CLEARED, OFF
		}

		static Column given(String name, String parameter) {
			return new Column(name, Kind.GIVEN, parameter);
		}

		static Column first(String name, String parameter) {
			return new Column(name, Kind.FIRST, parameter);
		}

		static Column cleared(String name) {
			return new Column(name, Kind.CLEARED, null);
		}

		static Column off(String name) {
			return new Column(name, Kind.OFF, null);
		}

		String sql() {
			return switch (kind) {
				case GIVEN -> name + " = :" + parameter;
				case FIRST -> name + " = coalesce(" + name + ", :" + parameter + ")";
				case CLEARED -> name + " = null";
				case OFF -> name + " = false";
			};
		}
	}
}
