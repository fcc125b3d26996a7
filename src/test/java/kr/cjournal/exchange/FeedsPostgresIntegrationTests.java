package kr.cjournal.exchange;

import kr.cjournal.support.OnPostgres;

/** The same feeds and sitemaps on PostgreSQL: its day grouping ({@code extract(epoch ...)}) and keyset SQL. */
@OnPostgres
class FeedsPostgresIntegrationTests extends FeedsIntegrationTests {
}
