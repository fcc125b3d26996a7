package kr.cjournal.site;

/** The article existed but the desk withdrew it: readers get 410, not 404. */
class Gone extends RuntimeException {

	Gone(String what) {
		super(what, null, false, false);
	}
}
