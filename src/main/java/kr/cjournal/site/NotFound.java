package kr.cjournal.site;

/** The reader asked for an article, section, reporter or page that is not there. */
class NotFound extends RuntimeException {

	NotFound(String what) {
		super(what, null, false, false);
	}
}
