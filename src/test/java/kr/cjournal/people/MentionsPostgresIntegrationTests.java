package kr.cjournal.people;

import kr.cjournal.support.DemoPaperTest;
import kr.cjournal.support.OnPostgres;

@DemoPaperTest
@OnPostgres
class MentionsPostgresIntegrationTests extends MentionsContract {
}
