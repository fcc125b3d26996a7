package kr.cjournal.people;

import kr.cjournal.support.DirectoryTest;

@DirectoryTest
class MentionsH2IntegrationTests extends MentionsContract {
}
