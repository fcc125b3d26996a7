package kr.cjournal.people.web;

import java.util.List;
import java.util.Map;

import kr.cjournal.media.Image;
import kr.cjournal.people.Person;
import kr.cjournal.people.Position;

/**
 * The form to add a person ({@code person} null) or to change one, with their aliases and
 * positions. {@code errors} maps a field name to its Korean message; {@code photo} is the media
 * library image the form's photo number names, null when there is none or it does not exist.
 */
public record PersonEditPage(Person person, PersonForm form, List<String> aliases, List<Position> positions,
		PositionForm positionForm, String aliasTyped, Map<String, String> errors, boolean mayEdit, String notice,
		Image photo) {

	/** How wide the photo shows on this page, in CSS pixels, as on the reader page. */
	public static final int THUMBNAIL_WIDTH = 120;

	/** The narrowest served copy of the photo: enough for a thumbnail, the browser may pick a sharper one. */
	public String thumbnailUrl() {
		return photo == null ? null : photo.variants().get(0).url();
	}

	public int thumbnailHeight() {
		return photo == null ? THUMBNAIL_WIDTH
				: Math.max(1, THUMBNAIL_WIDTH * photo.height() / Math.max(1, photo.width()));
	}

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
