package kr.cjournal.accounts;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import kr.cjournal.site.browser.EnabledIfChromium;
import kr.cjournal.support.Chromium;
import kr.cjournal.support.CommentsAppTest;
import kr.cjournal.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader joins in headless Chromium: the sign-up form (a wrong nickname first), the confirmation
 * mail read from the embedded SMTP server, its link, signing in with the e-mail address, and the
 * header naming them, all within the Content-Security-Policy. Screenshots of /signup at 390 and
 * 1280 px under {@code target/screenshots/}.
 */
@EnabledIfChromium
@CommentsAppTest
class ReaderSignUpBrowserIT {

	static final String PASSWORD = "푸른 바다 건너 등대 불빛 2026";

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

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
	void aReaderSignsUpConfirmsTheirAddressSignsInAndTheHeaderNamesThem() throws IOException {
		String email = "browser" + System.nanoTime() + "@example.com";
		String nickname = "창가독자" + Long.toString(System.nanoTime() % 10_000, 36);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		driver.manage().window().setSize(new Dimension(1280, 900));

		driver.get(url("/"));
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reader-status a[href='/signup']")))
			.getText()).isEqualTo("회원가입");
		driver.findElement(By.cssSelector("#reader-status a[href='/signup']")).click();
		wait.until(ExpectedConditions.urlContains("/signup"));
		Chromium.screenshots(driver, "reader-signup");

		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("nickname")).sendKeys("운영자김");
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector(".signup-form button[type=submit]")).click();
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nickname-error"))).getText())
			.isEqualTo("운영자나 편집국으로 오해받을 수 있는 닉네임은 쓸 수 없습니다.");
		assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
		assertThat(driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
		Chromium.screenshots(driver, "reader-signup-refused");

		driver.findElement(By.id("nickname")).clear();
		driver.findElement(By.id("nickname")).sendKeys(nickname);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector(".signup-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/login?signedUp"));
		assertThat(driver.findElement(By.cssSelector(".notice")).getText()).startsWith("가입되었습니다.");

		String token = ReaderSignUpIntegrationTests.token(TestMail.latestTo(email).body(),
				ReaderSignUpIntegrationTests.CONFIRM_LINK);
		driver.get(url("/signup/confirm?token=" + token));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("이메일 주소 확인");
		driver.findElement(By.cssSelector(".confirm-email-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "이메일 주소를 확인했습니다"));
		driver.findElement(By.linkText("로그인하기")).click();

		wait.until(ExpectedConditions.urlContains("/login"));
		driver.findElement(By.id("username")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector(".login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlMatches(":" + port + "/$"));
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reader-status .reader-name")))
			.getText()).isEqualTo(nickname);
		Chromium.screenshots(driver, "reader-header-signed-in");

		driver.findElement(By.cssSelector("#reader-status .reader-name")).click();
		wait.until(ExpectedConditions.urlContains("/account"));
		assertThat(driver.findElement(By.cssSelector(".account-confirmed")).getText()).isEqualTo("확인됨");

		driver.get(url("/"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reader-status button"))).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
		driver.get(url("/"));
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#reader-status a[href='/signup']")))
			.getText()).isEqualTo("회원가입");
		assertThat(Chromium.cspViolations(driver)).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
