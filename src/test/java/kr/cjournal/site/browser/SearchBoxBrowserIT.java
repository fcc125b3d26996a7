package kr.cjournal.site.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import kr.cjournal.search.SearchEngine;
import kr.cjournal.search.SearchResults;
import kr.cjournal.support.BrowserTest;
import kr.cjournal.support.Chromium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** The masthead's search box in headless Chromium: suggestions as one types, keys to pick one. */
@EnabledIfChromium
@BrowserTest
// The engine is a Mockito mock stubbed in each test: the index follower must not call it from its own
// thread meanwhile (a call during stubbing left search() answering null now and then).
@org.springframework.test.context.TestPropertySource(properties = "cjournal.search.follow=false")
class SearchBoxBrowserIT {

	private static ChromeDriver driver;

	@LocalServerPort
	private int port;

	@MockitoBean
	SearchEngine engine;

	private WebDriverWait wait;

	@BeforeAll
	static void startBrowser() {
		String missing = EnabledIfChromium.Binaries.missing();
		if (missing != null) {
			throw new IllegalStateException("Browser tests are required here but cannot run: " + missing);
		}
		driver = Chromium.start(Chromium.optionsWithConsole());
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@BeforeEach
	void home() {
		when(engine.suggest(anyString(), anyInt())).thenReturn(List.of("한울전자 새 가전 공개"));
		when(engine.search(any())).thenAnswer(call -> SearchResults.empty(call.getArgument(0)));
		wait = new WebDriverWait(driver, Duration.ofSeconds(5));
		driver.manage().window().setSize(new Dimension(390, 900));
		driver.get("http://localhost:" + port + "/");
	}

	@Test
	void arrowKeysAndEnterOpenASuggestedCompany() {
		WebElement box = driver.findElement(By.id("masthead-q"));
		box.sendKeys("한울전");

		List<WebElement> items = suggestions();
		assertThat(items.get(0).getText()).contains("한울전자");
		assertThat(items).extracting(WebElement::getText).anyMatch(text -> text.contains("한울전자 새 가전 공개"));
		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(items.get(0).getDomAttribute("aria-selected")).isEqualTo("true");
		box.sendKeys(Keys.ENTER);

		wait.until(d -> d.getCurrentUrl().matches(".*/company/[0-9]+$"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("한울전자");
	}

	@Test
	void escapeClosesTheListAndEnterSearches() {
		WebElement box = driver.findElement(By.id("masthead-q"));
		box.sendKeys("한울");
		suggestions();
		box.sendKeys(Keys.ESCAPE);
		assertThat(driver.findElement(By.id("masthead-q-suggestions")).isDisplayed()).isFalse();

		box.sendKeys(Keys.ENTER);

		wait.withMessage("the search page never came")
			.until(d -> d.getCurrentUrl().contains("/search?q=") && !d.findElements(By.cssSelector(".search-count")).isEmpty());
		assertThat(driver.findElement(By.cssSelector(".search-count")).getText()).isEqualTo("'한울' 검색 결과 0건");
		assertThat(Chromium.cspViolations(driver)).isEmpty();
	}

	@Test
	void theSearchPageFitsAPhoneAndADesktop() throws Exception {
		driver.get("http://localhost:" + port + "/search?q=%ED%95%9C%EC%9A%B8%EC%A0%84%EC%9E%90&from=2024-01-01&to=2026-12-31");

		Chromium.screenshots(driver, "search");
	}

	private List<WebElement> suggestions() {
		wait.withMessage("no suggestions appeared")
			.until(d -> d.findElement(By.id("masthead-q-suggestions")).isDisplayed()
					&& !d.findElements(By.cssSelector("#masthead-q-suggestions li")).isEmpty());
		return driver.findElements(By.cssSelector("#masthead-q-suggestions li"));
	}
}
