package kr.cjournal.people;

import kr.cjournal.support.DemoPaperTest;

@DemoPaperTest
class MentionsH2IntegrationTests extends MentionsContract {
}
