package kr.cjournal.people.recognition;

import kr.cjournal.support.OnPostgres;
import kr.cjournal.support.PeopleModuleTest;

@PeopleModuleTest
@OnPostgres
class NewPeoplePostgresIntegrationTests extends NewPeopleContract {
}
