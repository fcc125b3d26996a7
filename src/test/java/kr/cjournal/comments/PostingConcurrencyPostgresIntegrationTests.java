package kr.cjournal.comments;

import kr.cjournal.support.OnPostgres;

/** The same limits under concurrency, and shared by two nodes, on PostgreSQL's row locks. */
@OnPostgres
class PostingConcurrencyPostgresIntegrationTests extends PostingConcurrencyIntegrationTests {
}
