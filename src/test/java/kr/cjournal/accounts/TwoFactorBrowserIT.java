package kr.cjournal.accounts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import kr.cjournal.site.browser.EnabledIfChromium;
import kr.cjournal.support.BrowserTest;
import kr.cjournal.support.Chromium;
import kr.cjournal.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-factor sign-in in headless Chromium: a desk editor turns it on from their account page,
 * signs out, and signs in again with the password and then a code (a wrong one first), all
 * within the Content-Security-Policy. Saves screenshots of the enrolment page, the recovery codes
 * and the second step at 390 and 1280 px under {@code target/screenshots/}.
 */
@EnabledIfChromium
@BrowserTest
class TwoFactorBrowserIT {

	static final String PASSWORD = BrowserTest.ADMIN_PASSWORD;

	private static final AtomicInteger RUNS = new AtomicInteger();

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	MovableClock clock;

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

	@Test
	void anEditorTurnsOnTwoFactorSignsOutAndSignsInWithACode() throws IOException {
		// A name of its own each run, as failsafe may run a failed test again in the same application.
		String name = "kang.doyun" + RUNS.incrementAndGet();
		accounts.createStaff(name, "강도윤", name + "@cjournal.example", PASSWORD, Set.of(Role.EDITOR));
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		driver.manage().window().setSize(new Dimension(1280, 900));
		Chromium.signIn(driver, url(""), name, PASSWORD);

		driver.get(url("/newsroom/account"));
		driver.findElement(By.linkText("2단계 인증 (인증 앱 코드로 로그인)")).click();
		wait.until(ExpectedConditions.urlContains("/newsroom/account/two-factor"));
		WebElement qr = driver.findElement(By.cssSelector("img.qr-code"));
		assertThat(((Number) driver.executeScript("return arguments[0].naturalWidth;", qr)).intValue())
			.as("the QR code image loaded").isGreaterThan(0);
		String secret = driver.findElement(By.id("two-factor-secret")).getText().replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(decode(qr.getScreenshotAs(OutputType.BYTES))).as("what a phone reads from the QR code on screen")
			.isEqualTo("otpauth://totp/%EC%94%A8%EC%A0%80%EB%84%90%3A" + name + "?secret=" + secret
					+ "&issuer=%EC%94%A8%EC%A0%80%EB%84%90&algorithm=SHA1&digits=6&period=30");
		Chromium.screenshots(driver, "staff-two-factor-enrol");

		driver.findElement(By.id("code")).sendKeys(TwoFactorIntegrationTests.code(secret, clock.millis()));
		driver.findElement(By.cssSelector(".two-factor-form button[type=submit]")).click();
		List<WebElement> recoveryCodes = wait
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#recovery-codes code"), 10));
		assertThat(recoveryCodes.get(0).getText()).matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}");
		assertThat(driver.findElement(By.cssSelector(".two-factor-state")).getText()).startsWith("켜져 있음");
		Chromium.screenshots(driver, "staff-two-factor-recovery-codes");

		driver.findElement(By.cssSelector(".staff-user button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));

		clock.advance(Duration.ofSeconds(30));
		driver.findElement(By.id("username")).sendKeys(name);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector(".login-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/login/two-factor"));
		String code = TwoFactorIntegrationTests.code(secret, clock.millis());

		driver.findElement(By.id("code")).sendKeys(TwoFactorIntegrationTests.otherThan(code));
		driver.findElement(By.cssSelector(".two-factor-form button[type=submit]")).click();
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert"))).getText())
			.startsWith("인증 코드가 올바르지 않습니다.");
		Chromium.screenshots(driver, "staff-two-factor-sign-in-wrong");

		driver.findElement(By.id("code")).sendKeys(code);
		driver.findElement(By.cssSelector(".two-factor-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlMatches("/newsroom$"));
		assertThat(driver.findElement(By.cssSelector(".staff-user a")).getText()).isEqualTo("강도윤");
		assertThat(Chromium.cspViolations(driver)).isEmpty();
	}

	/** The text of the QR code in a picture, as a phone's camera would read it. */
	private static String decode(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
				.getText();
		}
		catch (ReaderException e) {
			throw new AssertionError("No QR code could be read from the page", e);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
