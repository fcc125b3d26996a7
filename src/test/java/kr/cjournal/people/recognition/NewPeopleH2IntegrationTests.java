package kr.cjournal.people.recognition;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@AutoConfigureMockMvc
@SpringBootTest(properties = { "cjournal.demo=false" })
class NewPeopleH2IntegrationTests extends NewPeopleContract {
}
