package kr.cjournal.exchange.imports;

import kr.cjournal.support.OnPostgres;

/**
 * The same imports on PostgreSQL: its identity sequence moved past kept numbers (setval), the
 * batch key lookups and the bodies' varchar columns.
 */
@OnPostgres
class ArchiveImportPostgresIntegrationTests extends ArchiveImportIntegrationTests {
}
