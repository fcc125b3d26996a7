package kr.cjournal.comments.moderation;

import kr.cjournal.core.Page;

/** A page record with a paged list: the pager asks it where each page is. */
public interface Paged {

	Page<?> page();

	String pageUrl(int number);
}
