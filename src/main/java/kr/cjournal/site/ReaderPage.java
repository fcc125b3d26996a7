package kr.cjournal.site;

import kr.cjournal.comments.ReaderProfile;

/** A reader's page {@code /reader/{nickname}} under the site's masthead. */
public record ReaderPage(Masthead masthead, ReaderProfile profile) {
}
