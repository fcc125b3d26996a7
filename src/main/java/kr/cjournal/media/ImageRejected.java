package kr.cjournal.media;

/**
 * An upload that cannot become a photo: not a picture, too large, or broken. The message says
 * in Korean what is wrong and what the limit is, for staff to read as it is.
 */
public class ImageRejected extends RuntimeException {

	private final String field;

	ImageRejected(String message) {
		super(message, null, false, false);
		this.field = "file";
	}

	/** The form field the upload came in, {@code file}, so a form can show the message beside it. */
	public String field() {
		return field;
	}
}
