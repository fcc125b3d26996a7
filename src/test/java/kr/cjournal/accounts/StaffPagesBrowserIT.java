package kr.cjournal.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import kr.cjournal.support.Chromium;

import kr.cjournal.site.browser.EnabledIfChromium;
import kr.cjournal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff pages in headless Chromium: signing in through the form, the admin adding a reporter, a
 * token shown once, and no page (reader pages included) breaking the Content-Security-Policy.
 * Saves screenshots of the staff pages at 390 and 1280 px under {@code target/screenshots/}.
 */
@EnabledIfChromium
@BrowserTest
class StaffPagesBrowserIT {

	static final String PASSWORD = BrowserTest.ADMIN_PASSWORD;

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private WebDriverWait wait;

	@BeforeAll
	static void startBrowser() throws IOException {
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
	void signedOut() {
		wait = new WebDriverWait(driver, Duration.ofSeconds(5));
		driver.manage().window().setSize(new Dimension(1280, 900));
		driver.manage().deleteAllCookies();
		driver.manage().logs().get(LogType.BROWSER);
	}

	@Test
	void anAdministratorSignsInAddsAReporterAndMakesATokenWithinTheContentSecurityPolicy() throws IOException {
		driver.get(url("/login"));
		Chromium.screenshots(driver, "staff-login");
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector(".login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/newsroom"));

		driver.get(url("/newsroom/admin/staff/new"));
		driver.findElement(By.id("username")).sendKeys("seo.hana");
		driver.findElement(By.id("displayName")).sendKeys("서하나");
		driver.findElement(By.id("email")).sendKeys("seo.hana@cjournal.example");
		driver.findElement(By.cssSelector(".staff-form button[type=submit]")).click();
		String password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shown-password"))).getText();
		assertThat(password).hasSize(20);
		Chromium.screenshots(driver, "staff-edit-new-password");

		driver.get(url("/newsroom/admin/staff"));
		assertThat(driver.findElement(By.cssSelector(".staff-table")).getText()).contains("서하나", "seo.hana", "기자");
		Chromium.screenshots(driver, "staff-list");

		driver.get(url("/newsroom/account/tokens"));
		driver.findElement(By.id("token-name")).sendKeys("기사 가져오기 스크립트");
		driver.findElement(By.cssSelector(".token-scopes input[value='articles:write']")).click();
		driver.findElement(By.cssSelector(".token-form button[type=submit]")).click();
		String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-token"))).getText();
		assertThat(token).startsWith("cj_");
		assertThat(driver.findElement(By.cssSelector(".token-table tbody tr .token-scopes-cell")).getText())
			.as("read is ticked already").isEqualTo("읽기, 기사 쓰기");
		Chromium.screenshots(driver, "staff-tokens");

		driver.get(url("/newsroom/account"));
		assertThat(driver.findElement(By.cssSelector(".staff-user a")).getText()).isEqualTo("관리자");
		Chromium.screenshots(driver, "staff-account");

		driver.findElement(By.cssSelector(".staff-user button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("로그아웃되었습니다.");
		assertThat(Chromium.cspViolations(driver)).isEmpty();
	}

	@Test
	void readerPagesRunUnderTheContentSecurityPolicy() {
		long article = jdbc.sql("select min(id) from articles where status = 'PUBLISHED'").query(Long.class).single();
		for (String path : List.of("/", "/section/industry", "/article/" + article, "/article/" + article + "/print")) {
			driver.get(url(path));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		}
		driver.get(url("/article/" + article));
		driver.executeScript("window.localStorage.clear();");
		driver.navigate().refresh();
		driver.findElement(By.id("font-up")).click();
		wait.until(d -> "4".equals(d.findElement(By.tagName("html")).getDomAttribute("data-font-level")));
		assertThat(Chromium.cspViolations(driver)).isEmpty();

		// The policy is in force, and this test would see a breach: an injected inline script is refused.
		driver.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
				+ " document.head.appendChild(s);");
		assertThat(driver.executeScript("return window.injected === true;")).isEqualTo(false);
		assertThat(Chromium.cspViolations(driver)).isNotEmpty();
	}

	@Test
	void aStrangerIsSentToSignInAndAWrongPasswordIsAnsweredInKorean() throws IOException {
		jdbc.sql("delete from sign_in_failures").update();
		driver.get(url("/newsroom/admin/staff"));
		wait.until(ExpectedConditions.urlContains("/login"));
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("wrong " + PASSWORD);
		driver.findElement(By.cssSelector(".login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/login?error"));

		assertThat(driver.findElement(By.cssSelector(".alert")).getText()).isEqualTo("아이디 또는 비밀번호가 올바르지 않습니다.");
		Chromium.screenshots(driver, "staff-login-error");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
