package kr.cjournal.people;

/** A person or an organisation of the directory: what its pages and merges need of either. */
public sealed interface DirectoryEntry permits Person, Organization {

	long id();

	String name();

	/** The reader page, {@code /people/7} or {@code /company/3}. */
	String url();
}
