package kr.cjournal.site;

import kr.cjournal.support.DemoPaperTest;

@DemoPaperTest
class SitePagesH2IntegrationTests extends SitePagesContract {
}
