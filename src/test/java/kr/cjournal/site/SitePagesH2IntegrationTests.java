package kr.cjournal.site;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@AutoConfigureMockMvc
@SpringBootTest(properties = { "cjournal.site.page-cache=0",
		"cjournal.site.base-url=" + SitePagesContract.BASE })
class SitePagesH2IntegrationTests extends SitePagesContract {
}
