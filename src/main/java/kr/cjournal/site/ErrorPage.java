package kr.cjournal.site;

/** A Korean error page: what went wrong in a reader's words and a way back. */
public record ErrorPage(Masthead masthead, int status, String title, String message) {
}
