package kr.cjournal.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** People, organisations, positions and aliases: one record of who holds which title where. */
@Component
public class Directory {

	private static final String PERSON = "select id, name, hanja, english_name, birth_year, profile from people";

	private static final String ORGANIZATION = "select id, name, kind, parent_id, english_name, description, stock_code, stock_market"
			+ " from organizations";

	private static final String POSITION = """
			select p.id, p.person_id, pe.name as person_name, p.organization_id, o.name as organization_name, p.title,
			       p.started_on, p.ended_on
			from positions p join people pe on pe.id = p.person_id join organizations o on o.id = p.organization_id""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Directory(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public Optional<Person> person(long id) {
		return jdbc.sql(PERSON + " where id = ?").params(id).query(Directory::person).optional();
	}

	public Optional<Organization> organization(long id) {
		return jdbc.sql(ORGANIZATION + " where id = ?").params(id).query(Directory::organization).optional();
	}

	/** The person's positions, current ones first, then the most recently ended. */
	public List<Position> positionsOf(long personId) {
		return jdbc.sql(POSITION + " where p.person_id = ? order by case when p.ended_on is null then 0 else 1 end,"
				+ " p.ended_on desc, p.started_on desc, p.id desc")
			.params(personId)
			.query(Directory::position)
			.list();
	}

	/** Who holds a title at the organisation now. */
	public List<Position> currentPeopleOf(long organizationId) {
		return jdbc.sql(POSITION + " where p.organization_id = ? and p.ended_on is null order by p.id")
			.params(organizationId)
			.query(Directory::position)
			.list();
	}

	public List<Organization> subsidiariesOf(long organizationId) {
		return jdbc.sql(ORGANIZATION + " where parent_id = ? order by name")
			.params(organizationId)
			.query(Directory::organization)
			.list();
	}

	public List<String> aliasesOfPerson(long personId) {
		return aliasesOf(DirectoryTables.PEOPLE, personId);
	}

	public List<String> aliasesOfOrganization(long organizationId) {
		return aliasesOf(DirectoryTables.ORGANIZATIONS, organizationId);
	}

	List<String> aliasesOf(DirectoryTables side, long id) {
		return jdbc.sql("select alias from " + side.aliasTable + " where " + side.idColumn + " = ? order by alias")
			.params(id)
			.query(String.class)
			.list();
	}

	@Transactional
	public Organization addOrganization(String name, OrganizationKind kind, Long parentId, String englishName,
			String description) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into organizations (name, kind, parent_id, english_name, description) values (?, ?, ?, ?, ?)")
			.params(name, kind.name(), parentId, englishName, description)
			.update(key, "id");
		changed();
		return new Organization(key.getKeyAs(Long.class), name, kind, parentId, englishName, description);
	}

	/** Adds an organisation whose shares are listed ({@code listing} null: not listed). */
	@Transactional
	public Organization addOrganization(String name, OrganizationKind kind, Long parentId, String englishName,
			String description, Organization.Listing listing) {
		Organization added = addOrganization(name, kind, parentId, englishName, description);
		if (listing == null) {
			return added;
		}
		setListing(added.id(), listing);
		return new Organization(added.id(), name, kind, parentId, englishName, description, listing);
	}

	@Transactional
	public Person addPerson(String name, String hanja, String englishName, Integer birthYear, String profile) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into people (name, hanja, english_name, birth_year, profile) values (?, ?, ?, ?, ?)")
			.params(name, hanja, englishName, birthYear, profile)
			.update(key, "id");
		changed();
		return new Person(key.getKeyAs(Long.class), name, hanja, englishName, birthYear, profile);
	}

	@Transactional
	public void addPosition(long personId, long organizationId, String title, LocalDate startedOn, LocalDate endedOn) {
		jdbc.sql("insert into positions (person_id, organization_id, title, started_on, ended_on) values (?, ?, ?, ?, ?)")
			.params(personId, organizationId, title, startedOn, endedOn)
			.update();
		changed();
	}

	@Transactional
	public void addPersonAlias(long personId, String alias) {
		addAlias(DirectoryTables.PEOPLE, personId, alias);
	}

	@Transactional
	public void addOrganizationAlias(long organizationId, String alias) {
		addAlias(DirectoryTables.ORGANIZATIONS, organizationId, alias);
	}

	private void addAlias(DirectoryTables side, long id, String alias) {
		jdbc.sql("insert into " + side.aliasTable + " (" + side.idColumn + ", alias) values (?, ?)")
			.params(id, alias)
			.update();
		changed();
	}

	/**
	 * The people and organisations whose name or one of whose aliases is exactly {@code name}
	 * (ignoring case and surrounding spaces): organisations first, then people, each once.
	 */
	public List<DirectoryEntry> findByName(String name) {
		String wanted = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
		if (wanted.isEmpty() || wanted.length() > 100) {
			return List.of();
		}
		List<DirectoryEntry> found = new java.util.ArrayList<>();
		found.addAll(jdbc.sql(ORGANIZATION + " where lower(name) = ? or id in"
				+ " (select organization_id from organization_aliases where lower(alias) = ?) order by id")
			.params(wanted, wanted)
			.query(Directory::organization)
			.list());
		found.addAll(jdbc.sql(PERSON + " where lower(name) = ? or id in"
				+ " (select person_id from person_aliases where lower(alias) = ?) order by id")
			.params(wanted, wanted)
			.query(Directory::person)
			.list());
		return List.copyOf(found);
	}

	/** The most recently added people with their current title ("한울그룹 회장"), or null without one. */
	public List<NameSuggestions.Suggestion> recentPeopleWithTitles(int limit) {
		return jdbc.sql("""
				select pe.id, pe.name,
				       (select o.name || ' ' || p.title from positions p join organizations o on o.id = p.organization_id
				        where p.person_id = pe.id and p.ended_on is null order by p.id limit 1) as description
				from people pe order by pe.id desc limit ?""")
			.params(limit)
			.query((rs, row) -> new NameSuggestions.Suggestion("person", rs.getLong("id"), rs.getString("name"),
					rs.getString("description")))
			.list();
	}

	public List<Organization> recentOrganizations(int limit) {
		return jdbc.sql(ORGANIZATION + " order by id desc limit ?").params(limit).query(Directory::organization).list();
	}

	public Optional<Position> position(long positionId) {
		return jdbc.sql(POSITION + " where p.id = ?").params(positionId).query(Directory::position).optional();
	}

	/** The id of the person's photo in the media library, if one was chosen. */
	public Optional<Long> photoOf(long personId) {
		return jdbc.sql("select photo_image_id from people where id = ?")
			.params(personId)
			.query((rs, n) -> Optional.ofNullable((Long) rs.getObject("photo_image_id", Long.class)))
			.optional()
			.flatMap(photo -> photo);
	}

	@Transactional
	public void setPhoto(long personId, Long imageId) {
		jdbc.sql("update people set photo_image_id = ? where id = ?").params(imageId, personId).update();
		changed();
	}

	/** Where a merged duplicate went: the survivor's id, if {@code personId} was merged away. */
	public Optional<Long> personMergedInto(long personId) {
		return mergedInto(DirectoryTables.PEOPLE, personId);
	}

	public Optional<Long> organizationMergedInto(long organizationId) {
		return mergedInto(DirectoryTables.ORGANIZATIONS, organizationId);
	}

	private Optional<Long> mergedInto(DirectoryTables side, long id) {
		return jdbc.sql("select into_id from " + side.mergeTable + " where from_id = ?")
			.params(id)
			.query(Long.class)
			.optional();
	}

	@Transactional
	public void updatePerson(long id, String name, String hanja, String englishName, Integer birthYear, String profile) {
		jdbc.sql("update people set name = ?, hanja = ?, english_name = ?, birth_year = ?, profile = ? where id = ?")
			.params(name, hanja, englishName, birthYear, profile, id)
			.update();
		changed();
	}

	@Transactional
	public void updateOrganization(long id, String name, OrganizationKind kind, Long parentId, String englishName,
			String description) {
		jdbc.sql("""
				update organizations set name = ?, kind = ?, parent_id = ?, english_name = ?, description = ?
				where id = ?""")
			.params(name, kind.name(), parentId, englishName, description, id)
			.update();
		changed();
	}

	/** Changes the organisation and where its shares are listed ({@code listing} null: not listed). */
	@Transactional
	public void updateOrganization(long id, String name, OrganizationKind kind, Long parentId, String englishName,
			String description, Organization.Listing listing) {
		updateOrganization(id, name, kind, parentId, englishName, description);
		setListing(id, listing);
	}

	/** Where the organisation's shares are listed; null when they are not (any more). */
	@Transactional
	public void setListing(long organizationId, Organization.Listing listing) {
		jdbc.sql("update organizations set stock_code = ?, stock_market = ? where id = ?")
			.params(listing == null ? null : listing.code(), listing == null ? null : listing.market().name(),
					organizationId)
			.update();
		changed();
	}

	/** Whether {@code candidateParent} is the organisation itself or sits below it (a loop if made its parent). */
	public boolean isSelfOrBelow(long candidateParent, long organizationId) {
		Long current = candidateParent;
		for (int depth = 0; current != null && depth < 50; depth++) {
			if (current == organizationId) {
				return true;
			}
			current = jdbc.sql("select parent_id from organizations where id = ?")
				.params(current)
				.query((rs, n) -> (Long) rs.getObject("parent_id", Long.class))
				.optional()
				.orElse(null);
		}
		return current != null;
	}

	@Transactional
	public void endPosition(long positionId, LocalDate endedOn) {
		jdbc.sql("update positions set ended_on = ? where id = ?").params(endedOn, positionId).update();
		changed();
	}

	@Transactional
	public void removePosition(long positionId) {
		jdbc.sql("delete from positions where id = ?").params(positionId).update();
		changed();
	}

	@Transactional
	public void removePersonAlias(long personId, String alias) {
		removeAlias(DirectoryTables.PEOPLE, personId, alias);
	}

	@Transactional
	public void removeOrganizationAlias(long organizationId, String alias) {
		removeAlias(DirectoryTables.ORGANIZATIONS, organizationId, alias);
	}

	private void removeAlias(DirectoryTables side, long id, String alias) {
		jdbc.sql("delete from " + side.aliasTable + " where " + side.idColumn + " = ? and alias = ?")
			.params(id, alias)
			.update();
		changed();
	}

	/** Tells the in-memory copies of the directory to reload once this transaction commits. */
	void changed() {
		events.publishEvent(new DirectoryChanged());
	}

	private static Person person(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getLong("id"), rs.getString("name"), rs.getString("hanja"), rs.getString("english_name"),
				(Integer) rs.getObject("birth_year", Integer.class), rs.getString("profile"));
	}

	private static Organization organization(ResultSet rs, int row) throws SQLException {
		return new Organization(rs.getLong("id"), rs.getString("name"), OrganizationKind.valueOf(rs.getString("kind")),
				(Long) rs.getObject("parent_id", Long.class), rs.getString("english_name"), rs.getString("description"),
				listing(rs.getString("stock_code"), rs.getString("stock_market")));
	}

	/** The stored listing; a market this version no longer knows reads as not listed. */
	static Organization.Listing listing(String code, String market) {
		if (code == null || market == null) {
			return null;
		}
		return StockMarket.of(market).map(m -> new Organization.Listing(code, m)).orElse(null);
	}

	private static Position position(ResultSet rs, int row) throws SQLException {
		return new Position(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
				rs.getLong("organization_id"), rs.getString("organization_name"), rs.getString("title"),
				rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class));
	}
}
