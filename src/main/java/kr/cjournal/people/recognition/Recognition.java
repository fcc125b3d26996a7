package kr.cjournal.people.recognition;

import java.util.List;

/**
 * What a text names: one entry per distinct person at their first mention, and the organisations.
 * Offsets are UTF-16 indices into the text; {@code organization}, {@code title} and ids are null
 * when unknown.
 */
public record Recognition(List<PersonMention> mentions, List<OrganizationMention> organizations) {

	public record PersonMention(String name, String organization, String title, int start, int end, Long personId) {
	}

	public record OrganizationMention(String name, int start, int end, Long organizationId) {
	}
}
