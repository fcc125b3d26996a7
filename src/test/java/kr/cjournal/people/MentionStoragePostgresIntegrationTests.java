package kr.cjournal.people;

import kr.cjournal.support.OnPostgres;
import kr.cjournal.support.PeopleModuleTest;

@PeopleModuleTest
@OnPostgres
class MentionStoragePostgresIntegrationTests extends MentionStorageContract {
}
