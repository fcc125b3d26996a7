package kr.cjournal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import kr.cjournal.newsroom.ArchiveRelink;
import kr.cjournal.people.Directory;
import kr.cjournal.people.Organization;
import kr.cjournal.people.OrganizationKind;
import kr.cjournal.people.Person;
import kr.cjournal.people.StockMarket;

/**
 * Loads the demo directory (the fictional cast of the demo stories) into an empty directory,
 * through the directory's public API, and links the stories already published to it.
 */
class DemoDirectory {

	private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

	private final Directory directory;

	private final TransactionTemplate transaction;

	private final ArchiveRelink relink;

	DemoDirectory(Directory directory, TransactionTemplate transaction, ArchiveRelink relink) {
		this.directory = directory;
		this.transaction = transaction;
		this.relink = relink;
	}

	/** Loads the cast unless the directory holds an organisation already, then relinks the archive. */
	void loadIntoEmptyDirectory() {
		if (!directory.recentOrganizations(1).isEmpty()) {
			return;
		}
		int people = transaction.execute(status -> load());
		log.info("Loaded the demo directory: {} people", people);
		relink.relinkAllNow();
	}

	@SuppressWarnings("unchecked")
	private int load() {
		Map<String, Object> demo = yaml();
		Map<String, Long> organizations = new HashMap<>();
		for (Map<String, Object> o : (List<Map<String, Object>>) demo.get("organizations")) {
			String parent = (String) o.get("parent");
			Organization.Listing listing = o.get("market") == null ? null
					: new Organization.Listing(String.valueOf(o.get("code")), StockMarket.valueOf((String) o.get("market")));
			Organization organization = directory.addOrganization((String) o.get("name"),
					OrganizationKind.valueOf((String) o.get("kind")), parent == null ? null : organizations.get(parent),
					(String) o.get("english"), (String) o.get("description"), listing);
			organizations.put((String) o.get("key"), organization.id());
			for (String alias : (List<String>) o.getOrDefault("aliases", List.of())) {
				directory.addOrganizationAlias(organization.id(), alias);
			}
		}
		List<Map<String, Object>> people = (List<Map<String, Object>>) demo.get("people");
		for (Map<String, Object> p : people) {
			Person person = directory.addPerson((String) p.get("name"), (String) p.get("hanja"), (String) p.get("english"),
					(Integer) p.get("born"), (String) p.get("profile"));
			for (Map<String, Object> position : (List<Map<String, Object>>) p.get("positions")) {
				Long organization = organizations.get((String) position.get("org"));
				if (organization == null) {
					throw new IllegalStateException("Demo position at unknown organisation " + position.get("org"));
				}
				directory.addPosition(person.id(), organization, (String) position.get("title"),
						date(position.get("from")), date(position.get("to")));
			}
			for (String alias : (List<String>) p.getOrDefault("aliases", List.of())) {
				directory.addPersonAlias(person.id(), alias);
			}
		}
		return people.size();
	}

	/** SnakeYAML reads 2024-01-01 as a java.util.Date; a date is all that is meant. */
	private static LocalDate date(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof java.util.Date date) {
			return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		return LocalDate.parse(value.toString());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> yaml() {
		try (InputStream in = new ClassPathResource("demo/people.yml").getInputStream()) {
			return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the demo directory", e);
		}
	}
}
