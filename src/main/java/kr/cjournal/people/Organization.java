package kr.cjournal.people;

/**
 * A company, business group, public body or other organisation; {@code parentId} null at the top,
 * {@code listing} null unless its shares are listed.
 */
public record Organization(long id, String name, OrganizationKind kind, Long parentId, String englishName,
		String description, Listing listing) implements DirectoryEntry {

	public Organization(long id, String name, OrganizationKind kind, Long parentId, String englishName,
			String description) {
		this(id, name, kind, parentId, englishName, description, null);
	}

	public String url() {
		return "/company/" + id;
	}

	/** Where the shares trade: the stock code on its market ("코스피 912345"). */
	public record Listing(String code, StockMarket market) {

		/** As the company page shows it: 코스피 912345. */
		public String label() {
			return market.label() + " " + code;
		}
	}
}
