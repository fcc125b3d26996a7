package kr.cjournal.site;

/** A request parameter a reader (or a crawler) got wrong; the message names it in Korean. */
class BadRequest extends RuntimeException {

	BadRequest(String message) {
		super(message, null, false, false);
	}
}
