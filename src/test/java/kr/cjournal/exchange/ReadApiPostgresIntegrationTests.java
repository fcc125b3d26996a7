package kr.cjournal.exchange;

import kr.cjournal.support.OnPostgres;

/** The same read API on PostgreSQL: its keyset, day-range and filter SQL. */
@OnPostgres
class ReadApiPostgresIntegrationTests extends ReadApiIntegrationTests {
}
