package kr.cjournal.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import kr.cjournal.newsroom.PublishedArchive;

class SitemapMonthsTests {

	@Test
	void daysGatherIntoTheirMonthWithTheNewestChange() {
		OffsetDateTime early = OffsetDateTime.of(2026, 10, 3, 1, 0, 0, 0, ZoneOffset.UTC);
		OffsetDateTime late = early.plusDays(20);
		List<SitemapMonths.Month> months = SitemapMonths.of(List.of(
				new PublishedArchive.Day(LocalDate.of(2026, 10, 3).toEpochDay(), 3, late),
				new PublishedArchive.Day(LocalDate.of(2026, 10, 31).toEpochDay(), 60_000, early),
				new PublishedArchive.Day(LocalDate.of(2026, 11, 1).toEpochDay(), 1, early)));

		assertThat(months).containsExactly(new SitemapMonths.Month(YearMonth.of(2026, 10), 60_003, late),
				new SitemapMonths.Month(YearMonth.of(2026, 11), 1, early));
		assertThat(months.get(0).name(1)).isEqualTo("2026-10");
		assertThat(months.get(0).name(2)).isEqualTo("2026-10-2");
	}
}
