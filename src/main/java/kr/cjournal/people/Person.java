package kr.cjournal.people;

/** A person in the news; hanja, English name, birth year and profile may be unknown (null). */
public record Person(long id, String name, String hanja, String englishName, Integer birthYear, String profile)
		implements DirectoryEntry {

	public String url() {
		return "/people/" + id;
	}
}
