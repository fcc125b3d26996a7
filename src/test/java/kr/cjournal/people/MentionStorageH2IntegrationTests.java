package kr.cjournal.people;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "cjournal.demo=false" })
class MentionStorageH2IntegrationTests extends MentionStorageContract {
}
