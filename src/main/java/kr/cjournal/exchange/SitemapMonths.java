package kr.cjournal.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kr.cjournal.newsroom.PublishedArchive;

/** Published stories per KST day gathered into months, oldest month first: what the sitemap index lists. */
final class SitemapMonths {

	private SitemapMonths() {
	}

	/** A month with stories; {@code lastModified} is when its newest change was made. */
	record Month(YearMonth month, long stories, OffsetDateTime lastModified) {

		/** {@code 2026-11} for the first file of the month, {@code 2026-11-2} for the next 50,000 ... */
		String name(int part) {
			return month + (part == 1 ? "" : "-" + part);
		}
	}

	static List<Month> of(List<PublishedArchive.Day> days) {
		List<Month> months = new ArrayList<>();
		for (PublishedArchive.Day day : days) {
			YearMonth month = YearMonth.from(LocalDate.ofEpochDay(day.epochDay()));
			Month last = months.isEmpty() ? null : months.get(months.size() - 1);
			if (last != null && last.month().equals(month)) {
				OffsetDateTime newest = day.lastModified().isAfter(last.lastModified()) ? day.lastModified()
						: last.lastModified();
				months.set(months.size() - 1, new Month(month, last.stories() + day.stories(), newest));
			}
			else {
				months.add(new Month(month, day.stories(), day.lastModified()));
			}
		}
		return months;
	}
}
