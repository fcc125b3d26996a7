package kr.cjournal.site;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import kr.cjournal.media.Image;
import kr.cjournal.media.Images;
import kr.cjournal.people.Directory;
import kr.cjournal.people.DirectoryEntry;
import kr.cjournal.people.Organization;
import kr.cjournal.people.Person;
import kr.cjournal.people.Position;

/**
 * Finds who a search names: the whole query is a person's or organisation's name or alias,
 * perhaps with a particle after it (최태원 회장은 is not a name; 한울전자의 is 한울전자).
 */
@Component
class NameCards {

	/** Particles a reader may leave on a name; the longer ones first so 에서 wins over 서. */
	private static final Pattern PARTICLE = Pattern.compile("(에서|에게|으로|이랑|까지|부터|은|는|이|가|을|를|의|와|과|도|로|에|랑)$");

	private final Directory directory;

	private final Images images;

	NameCards(Directory directory, Images images) {
		this.directory = directory;
		this.images = images;
	}

	/** The card for the query, if it names someone; none for several words or a long text. */
	Optional<NameCard> find(String query) {
		String name = query == null ? "" : query.strip();
		if (name.isEmpty() || name.length() > 40 || name.indexOf('"') >= 0 || name.startsWith("-")) {
			return Optional.empty();
		}
		List<DirectoryEntry> found = directory.findByName(name);
		if (found.isEmpty()) {
			String bare = PARTICLE.matcher(name).replaceFirst("");
			if (!bare.equals(name) && !bare.isBlank()) {
				found = directory.findByName(bare);
			}
		}
		return found.stream().findFirst().map(this::card);
	}

	private NameCard card(DirectoryEntry entry) {
		if (entry instanceof Person person) {
			List<Position> current = directory.positionsOf(person.id()).stream().filter(Position::isCurrent).toList();
			String line = current.stream()
				.limit(2)
				.map(p -> p.organizationName() + " " + p.title())
				.collect(Collectors.joining(" · "));
			Image photo = directory.photoOf(person.id()).flatMap(images::find).orElse(null);
			return new NameCard("person", person.id(), person.name(), line, photo == null ? null : photo.url(),
					photo == null ? null : photo.srcset(), person.url());
		}
		Organization organization = (Organization) entry;
		String line = organization.kind().label()
				+ (organization.listing() == null ? "" : " · " + organization.listing().label());
		return new NameCard("company", organization.id(), organization.name(), line, null, null, organization.url());
	}
}
