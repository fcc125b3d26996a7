package kr.cjournal.site;

/**
 * The card above search results when the query names a known person or organisation.
 *
 * @param kind {@code person} or {@code company}
 * @param id the person's or organisation's number in the directory
 * @param line the current title and organisation (한울전자 대표이사 사장), or the kind of organisation; may be blank
 * @param photoUrl null without a photo
 */
public record NameCard(String kind, long id, String name, String line, String photoUrl, String photoSrcset, String url) {

	public boolean isPerson() {
		return kind.equals("person");
	}
}
