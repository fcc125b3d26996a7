package kr.cjournal.media;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import kr.cjournal.support.QueryCounting;

@Import(QueryCounting.class)
@SpringBootTest(properties = { "cjournal.demo=false" })
class ImagesH2IntegrationTests extends ImagesContract {
}
