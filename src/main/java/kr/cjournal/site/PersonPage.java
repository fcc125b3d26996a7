package kr.cjournal.site;

import java.util.List;

import kr.cjournal.people.Person;
import kr.cjournal.people.Position;

/** A person's page: who they are, the titles they hold and held, and their JSON-LD. */
public record PersonPage(Masthead masthead, String canonicalUrl, Person person, List<Position> current,
		List<Position> past, List<String> aliases, String jsonLd) {
}
