package kr.cjournal.newsroom;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "cjournal.demo=false" })
class ArticlesH2IntegrationTests extends ArticlesContract {
}
