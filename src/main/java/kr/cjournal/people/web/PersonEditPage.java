package kr.cjournal.people.web;

import java.util.List;
import java.util.Map;

import kr.cjournal.people.Person;
import kr.cjournal.people.Position;

/**
 * The form to add a person ({@code person} null) or to change one, with their aliases and
 * positions. {@code errors} maps a field name to its Korean message.
 */
public record PersonEditPage(Person person, PersonForm form, List<String> aliases, List<Position> positions,
		PositionForm positionForm, String aliasTyped, Map<String, String> errors, boolean mayEdit, String notice) {

	public boolean creating() {
		return person == null;
	}

	public String action() {
		return creating() ? "/newsroom/people" : "/newsroom/people/" + person.id();
	}

	public String error(String field) {
		return errors.get(field);
	}
}
