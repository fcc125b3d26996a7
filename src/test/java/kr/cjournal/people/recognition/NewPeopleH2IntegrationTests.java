package kr.cjournal.people.recognition;

import kr.cjournal.support.PeopleModuleTest;

@PeopleModuleTest
class NewPeopleH2IntegrationTests extends NewPeopleContract {
}
