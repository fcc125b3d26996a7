package kr.cjournal.core;

/** The {@code ?page=} of a paged list: 1 or more, {@link #PAGE_SIZE} items a page. */
public final class PageNumber {

	/** How many items a reader's list page shows. */
	public static final int PAGE_SIZE = 20;

	private PageNumber() {
	}

	/** The page number if it is 1 or more; otherwise refused as an invalid {@code page}. */
	public static int check(int page) {
		if (page < 1) {
			throw Refusal.invalid("page", "쪽 번호(page)는 1 이상의 숫자여야 합니다.");
		}
		return page;
	}
}
