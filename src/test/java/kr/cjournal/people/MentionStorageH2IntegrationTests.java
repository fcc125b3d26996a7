package kr.cjournal.people;

import kr.cjournal.support.PeopleModuleTest;

@PeopleModuleTest
class MentionStorageH2IntegrationTests extends MentionStorageContract {
}
