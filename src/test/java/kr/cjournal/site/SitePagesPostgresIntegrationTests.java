package kr.cjournal.site;

import kr.cjournal.support.DemoPaperTest;
import kr.cjournal.support.OnPostgres;

@DemoPaperTest
@OnPostgres
class SitePagesPostgresIntegrationTests extends SitePagesContract {
}
