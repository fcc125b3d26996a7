package kr.cjournal.comments;

import java.util.Map;

/**
 * What a comment form's answer left for the page it redirected to (endpoints.md): a success
 * {@code notice}, or an {@code error} with the field at fault and the refused {@code text}, so the
 * reader loses nothing.
 */
public record Flash(String notice, String error, String errorField, String text) {

	public static final Flash NONE = new Flash(null, null, null, null);

	/** The flash attributes as a controller's model holds them after a redirect. */
	public static Flash of(Map<String, ?> model) {
		return new Flash(string(model.get("notice")), string(model.get("error")), string(model.get("errorField")),
				string(model.get("text")));
	}

	private static String string(Object value) {
		return value == null ? null : value.toString();
	}
}
