package kr.cjournal.site;

/** The {@code ?page=} of a paged list: 1 or more. */
final class PageNumber {

	static final int PAGE_SIZE = 20;

	private PageNumber() {
	}

	static int check(int page) {
		if (page < 1) {
			throw new BadRequest("쪽 번호(page)는 1 이상의 숫자여야 합니다.");
		}
		return page;
	}
}
