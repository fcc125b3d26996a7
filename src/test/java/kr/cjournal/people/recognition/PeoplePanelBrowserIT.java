package kr.cjournal.people.recognition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import kr.cjournal.accounts.Accounts;
import kr.cjournal.accounts.Role;
import kr.cjournal.people.Directory;
import kr.cjournal.people.Position;
import kr.cjournal.site.browser.EnabledIfChromium;
import kr.cjournal.support.BrowserTest;
import kr.cjournal.support.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's 기사 속 인물 panel in real Chromium: a reporter writes, the panel lists the people
 * the story names, links a known one, adds a new one in one click, and is told that attaching a
 * name to someone already in the directory is for the desk.
 */
@EnabledIfChromium
@BrowserTest
class PeoplePanelBrowserIT {

	static final String PASSWORD = "Gaon-People-2026!";

	static final String BODY = "정태오 한울그룹 회장과 에릭 모건 오리온랩스 최고경영자(CEO)가 만났다. 정 회장은 "
			+ "\"협력을 넓히겠다\"고 말했다. 서하윤 가온바이오 상무도 자리를 함께했다.";

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Directory directory;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		driver = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void theReporterSeesThePeopleOfTheStoryAddsNewNamesInOneClickAndLeavesAttachingToTheDesk() throws Exception {
		if (accounts.findByUsername("yuna.ko").isEmpty()) {
			accounts.createStaff("yuna.ko", "고유나", "yuna.ko@cjournal.example", PASSWORD, Set.of(Role.REPORTER));
		}
		// A rerun starts from the same directory: 에릭 모건 not yet added, 서하윤 without a position.
		jdbc.sql("delete from people where name = '에릭 모건'").update();
		jdbc.sql("delete from positions where person_id in (select id from people where name = '서하윤')").update();
		long seo = jdbc.sql("select id from people where name = '서하윤'").query(Long.class).optional()
			.orElseGet(() -> directory.addPerson("서하윤", null, null, null, null).id());
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(WebDriverException.class);
		signIn("yuna.ko");
		driver.findElement(By.id("new-article")).click();
		wait.until(ExpectedConditions.urlMatches("/newsroom/articles/\\d+/edit$"));

		driver.findElement(By.id("body")).sendKeys(BODY);
		long typed = System.nanoTime();
		driver.findElement(By.id("people-find")).click();
		wait.until(d -> mentions().size() == 3);

		assertThat(mention("정태오").findElement(By.cssSelector(".person-role")).getText()).isEqualTo("한울그룹 회장");
		assertThat(mention("정태오").findElement(By.cssSelector("a.person-page")).getDomAttribute("href"))
			.matches("/people/\\d+");
		assertThat(mention("에릭 모건").findElement(By.cssSelector(".person-role")).getText())
			.isEqualTo("오리온랩스 최고경영자(CEO)");
		screenshot("people-panel");

		mention("에릭 모건").findElement(By.cssSelector(".person-create")).click();
		wait.until(d -> !mention("에릭 모건").findElements(By.cssSelector("a.person-page")).isEmpty());
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-status"), "새 이름 1명"));

		mention("서하윤").findElement(By.cssSelector(".person-attach")).click();
		wait.until(d -> !mention("서하윤").findElements(By.cssSelector(".person-choice")).isEmpty());
		// The page also finds by itself two seconds after the last key; its answer would replace the
		// refusal below if it came after it, so the attaching waits until that find is over.
		Thread.sleep(Math.max(0, 2_500 - (System.nanoTime() - typed) / 1_000_000));
		mention("서하윤").findElement(By.cssSelector(".person-choice")).click();
		// Attaching changes someone already in the directory: the desk's job, as on the directory pages.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-status"), "데스크(에디터)와 관리자만"));

		assertThat(directory.positionsOf(seo)).as("a reporter changes nobody already there").isEmpty();
		screenshot("people-panel-linked");
	}

	private java.util.List<WebElement> mentions() {
		return driver.findElements(By.cssSelector("#people-list > li.person-mention"));
	}

	private WebElement mention(String name) {
		return driver.findElement(By.cssSelector("#people-list > li[data-name='" + name + "']"));
	}

	private void signIn(String username) {
		driver.get(url("/login"));
		driver.findElement(By.name("username")).sendKeys(username);
		driver.findElement(By.name("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/newsroom")));
	}

	private void screenshot(String name) throws Exception {
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
