package kr.cjournal.people.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.site.browser.EnabledIfChromium;
import kr.cjournal.support.BrowserTest;
import kr.cjournal.support.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation autocomplete on a person's edit page in headless Chromium: typing initial
 * consonants lists matches, arrows and Enter choose one and fill the hidden id, and the title
 * is saved with that organisation, all within the Content-Security-Policy.
 */
@EnabledIfChromium
@BrowserTest
class DirectoryAutocompleteBrowserIT {

	static final String PASSWORD = BrowserTest.ADMIN_PASSWORD;

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		driver = Chromium.start(Chromium.optionsWithConsole());
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@Test
	void anEditorChoosesTheOrganisationByInitialConsonantsWithTheKeyboard() {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(5));
		long person = jdbc.sql("select min(id) from people where name = '문지석'").query(Long.class).single();
		long semi = jdbc.sql("select id from organizations where name = '한울반도체'").query(Long.class).single();
		Chromium.signIn(driver, url(""), "admin", PASSWORD);

		driver.get(url("/newsroom/people/" + person));
		WebElement organization = driver.findElement(By.id("position-organization"));
		organization.sendKeys("ㅎㅇㅂ");
		List<WebElement> options = wait.until(
				ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#position-organization-list li"), 0));
		assertThat(options.get(0).getText()).startsWith("한울반도체");
		assertThat(organization.getDomAttribute("aria-expanded")).isEqualTo("true");
		organization.sendKeys(Keys.ARROW_DOWN);
		organization.sendKeys(Keys.ENTER);

		assertThat(organization.getDomProperty("value")).isEqualTo("한울반도체");
		assertThat(driver.findElement(By.id("position-organizationId")).getDomProperty("value"))
			.isEqualTo(String.valueOf(semi));
		assertThat(driver.findElement(By.id("position-organization-list")).isDisplayed()).isFalse();
		driver.findElement(By.id("position-title")).sendKeys("사외이사");
		driver.findElement(By.id("position-title")).submit();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".positions"), "한울반도체 사외이사"));
		assertThat(cspViolations()).isEmpty();
	}

	private List<String> cspViolations() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
