package kr.cjournal.comments;

/**
 * The desk's page of site-wide comment settings, {@code /newsroom/comments/settings}.
 * @param form what the form shows: the stored settings, or what was typed when it was refused
 */
public record CommentSettingsPage(SiteCommentSettings settings, Form form, String notice, String alert) {

	/** The form's values as typed. */
	public record Form(boolean premoderated, String newcomerCount, String quietFrom, String quietUntil) {

		static Form of(SiteCommentSettings settings) {
			return new Form(settings.premoderated(), Integer.toString(settings.newcomerCount()), settings.quietFromText(),
					settings.quietUntilText());
		}
	}
}
