package kr.cjournal.exchange.imports;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One story read from an import file, before anything is stored: what every reader (corpus JSON
 * Lines, ninjs, WordPress WXR) turns its records into.
 *
 * @param line where the record starts in the file (1-based line number), for reports
 * @param source the system it came from: {@code legacy} (the previous system's article numbers, as in
 *        the benchmark corpus), {@code ninjs}, {@code wordpress}
 * @param sourceKey the story's key in that system, unique within {@code source}: the article number,
 *        the ninjs {@code uri}, {@code <base site url>#<post id>}
 * @param preferredId the article number to keep as our id (so {@code /article/{n}} and
 *        {@code /BP?command=article_view&num=n} keep working), or null
 * @param section the top-level section's name (e.g. {@code 증권}), created when unknown
 * @param subsection the subsection's name under it, or null
 * @param bodyMarkdown the body as Markdown; pictures as paragraphs of their own written
 *        {@code ![alt](import:N "caption | credit")}, N indexing {@link #images}
 * @param images pictures the body refers to; the first is the story's top picture when the
 *        source names one (a WordPress featured image)
 * @param people people and organisations the record names, created in the directory or matched
 * @param oldPaths addresses the story had on the old site (path and query, e.g.
 *        {@code /2024/01/02/slug/}, {@code /?p=123}), answered with 301 to the new page
 * @param problems what was dropped without refusing the story (an image file not found), reported
 *        like bad records
 */
public record ImportRecord(long line, String source, String sourceKey, Long preferredId, String section,
		String subsection, String headline, String subtitle, List<Byline> bylines, OffsetDateTime publishedAt,
		OffsetDateTime updatedAt, String bodyMarkdown, List<ImportImage> images, List<String> tags,
		List<Named> people, List<String> oldPaths, List<Problem> problems) implements ImportItem {

	public ImportRecord {
		bylines = bylines == null ? List.of() : List.copyOf(bylines);
		images = images == null ? List.of() : List.copyOf(images);
		tags = tags == null ? List.of() : List.copyOf(tags);
		people = people == null ? List.of() : List.copyOf(people);
		oldPaths = oldPaths == null ? List.of() : List.copyOf(oldPaths);
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	/** A reporter named in the byline; matched by e-mail, else by name, else created. */
	public record Byline(String name, String email) {
	}

	/**
	 * A person or organisation the story is about. {@code uri} is the page it has on the site the
	 * record came from (ninjs {@code people[].uri}); when that is one of our own person or company
	 * pages, that entry is the one meant.
	 */
	public record Named(Kind kind, String name, String uri) {

		public enum Kind {
			PERSON, ORGANIZATION
		}
	}

	/** What a record lacked or got wrong: the field and the reason, in Korean. */
	public record Problem(String field, String reason) {
	}
}
