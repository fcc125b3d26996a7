package kr.cjournal.people;

/** A company, business group, public body or other organisation; {@code parentId} null at the top. */
public record Organization(long id, String name, OrganizationKind kind, Long parentId, String englishName,
		String description) implements DirectoryEntry {

	public String url() {
		return "/company/" + id;
	}
}
