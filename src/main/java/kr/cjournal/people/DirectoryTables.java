package kr.cjournal.people;

/**
 * Where the directory keeps each side, people and organisations: the two are stored alike, so
 * what works on aliases, positions, mentions and merges is written once for both.
 */
enum DirectoryTables {

	PEOPLE("people", "person_id", "organization_id", "person_aliases", "person_merges"),

	ORGANIZATIONS("organizations", "organization_id", "person_id", "organization_aliases", "organization_merges");

	/** The side's own table. */
	final String table;

	/** The column of {@code positions}, {@code mentions} and the alias table naming an entry of this side. */
	final String idColumn;

	/** The column of {@code positions} naming the other side. */
	final String otherColumn;

	final String aliasTable;

	/** Which duplicates were merged into which survivor: {@code from_id}, {@code into_id}, {@code merged_by}. */
	final String mergeTable;

	DirectoryTables(String table, String idColumn, String otherColumn, String aliasTable, String mergeTable) {
		this.table = table;
		this.idColumn = idColumn;
		this.otherColumn = otherColumn;
		this.aliasTable = aliasTable;
		this.mergeTable = mergeTable;
	}
}
