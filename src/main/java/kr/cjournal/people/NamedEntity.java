package kr.cjournal.people;

import java.util.List;

/**
 * A person or organisation as the mention matcher knows it: the names it is written by, and for
 * a person the organisations (with their aliases) and titles that tell same-name people apart.
 */
public record NamedEntity(Kind kind, long id, String name, List<String> aliases, List<String> organizations,
		List<String> titles) {

	public enum Kind {

		PERSON("/people/", "human_link"), ORGANIZATION("/company/", "company_link");

		private final String path;

		private final String cssClass;

		Kind(String path, String cssClass) {
			this.path = path;
			this.cssClass = cssClass;
		}

		public String cssClass() {
			return cssClass;
		}
	}

	public NamedEntity {
		aliases = List.copyOf(aliases);
		organizations = List.copyOf(organizations);
		titles = List.copyOf(titles);
	}

	public String url() {
		return kind.path + id;
	}

	/**
	 * How far from {@code at} the nearest of this person's organisations or titles is written in
	 * {@code text}, looking no further than {@code radius} characters; MAX_VALUE when none is.
	 */
	int nearestContext(String text, int at, int radius) {
		int from = Math.max(0, at - radius);
		String window = text.substring(from, Math.min(text.length(), at + radius));
		int best = Integer.MAX_VALUE;
		for (List<String> words : List.of(organizations, titles)) {
			for (String word : words) {
				for (int i = window.indexOf(word); i >= 0; i = window.indexOf(word, i + 1)) {
					best = Math.min(best, Math.abs(from + i - at));
				}
			}
		}
		return best;
	}

	/** Whether {@code text} names one of this person's organisations or titles anywhere. */
	boolean hasContextIn(String text) {
		return organizations.stream().anyMatch(text::contains) || titles.stream().anyMatch(text::contains);
	}
}
