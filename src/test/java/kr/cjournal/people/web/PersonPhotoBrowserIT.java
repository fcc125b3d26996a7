package kr.cjournal.people.web;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * A desk editor gives a person a photo in headless Chromium: a refused file is explained in
 * Korean beside the field, an uploaded picture shows as a thumbnail and fills the photo number,
 * and after saving the reader's person page shows it, all within the Content-Security-Policy.
 */
@EnabledIfChromium
@BrowserTest
class PersonPhotoBrowserIT {

	static final String PASSWORD = BrowserTest.ADMIN_PASSWORD;

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path files;

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
	void anEditorUploadsAPhotoOnTheEditPageAndReadersSeeItAfterSaving() throws IOException {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		long person = jdbc.sql("select min(id) from people where name = '정태오'").query(Long.class).single();
		Path photo = files.resolve("jung.png");
		Files.write(photo, png(640, 480));
		Path notAPicture = files.resolve("memo.png");
		Files.writeString(notAPicture, "사진이 아닌 메모");
		signIn(wait);

		driver.get(url("/newsroom/people/" + person));
		WebElement thumbnail = driver.findElement(By.id("photo-thumbnail"));
		WebElement number = driver.findElement(By.id("photoImageId"));
		assertThat(thumbnail.isDisplayed()).isFalse();
		assertThat(driver.findElement(By.id("photo-none")).getText()).isEqualTo("사진이 없습니다.");
		WebElement file = driver.findElement(By.id("photo-file"));
		assertThat(file.isDisplayed()).isTrue();

		file.sendKeys(notAPicture.toAbsolutePath().toString());
		WebElement status = driver.findElement(By.id("photo-status"));
		wait.until(d -> status.getDomAttribute("class").contains("field-error"));
		assertThat(status.getText()).contains("사진");
		assertThat(status.getText()).matches(".*[가-힣].*");
		assertThat(number.getDomProperty("value")).isEmpty();
		assertThat(thumbnail.isDisplayed()).isFalse();

		file.sendKeys(photo.toAbsolutePath().toString());
		wait.until(ExpectedConditions.visibilityOf(thumbnail));
		wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
				"return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail)));
		String id = number.getDomProperty("value");
		assertThat(id).matches("\\d+");
		String variants = jdbc.sql("select variants from images where id = ?").params(Long.parseLong(id))
			.query(String.class).single();
		assertThat(thumbnail.getDomAttribute("src")).startsWith("/media/");
		assertThat(variants).contains(thumbnail.getDomAttribute("src").substring("/media/".length()));
		assertThat(status.getText()).contains("사진을 올렸습니다", "저장");
		assertThat(driver.findElement(By.id("photo-none")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.id("photo-clear")).isDisplayed()).isTrue();

		driver.findElement(By.cssSelector("form[action='/newsroom/people/" + person + "'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "저장했습니다."));
		assertThat(driver.findElement(By.id("photoImageId")).getDomProperty("value")).isEqualTo(id);
		assertThat(driver.findElement(By.id("photo-thumbnail")).isDisplayed()).isTrue();

		driver.get(url("/people/" + person));
		WebElement onReaderPage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img.profile-photo")));
		assertThat(onReaderPage.getDomAttribute("src")).isEqualTo(largestUrl(Long.parseLong(id)));
		assertThat(onReaderPage.getDomAttribute("alt")).isEqualTo("정태오");
		wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
				"return arguments[0].complete && arguments[0].naturalWidth > 0", onReaderPage)));
		assertThat(cspViolations()).isEmpty();
	}

	@Test
	void takingThePhotoAwayAndSavingLeavesTheReaderPageWithoutOne() throws IOException {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		long person = jdbc.sql("select min(id) from people where name = '문지석'").query(Long.class).single();
		signIn(wait);
		driver.get(url("/newsroom/people/" + person));
		Path photo = files.resolve("moon.png");
		Files.write(photo, png(300, 400));
		driver.findElement(By.id("photo-file")).sendKeys(photo.toAbsolutePath().toString());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-thumbnail")));
		driver.findElement(By.cssSelector("form[action='/newsroom/people/" + person + "'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "저장했습니다."));
		assertThat(driver.findElement(By.id("photo-thumbnail")).isDisplayed()).isTrue();

		WebElement number = driver.findElement(By.id("photoImageId"));
		number.sendKeys("7");
		assertThat(driver.findElement(By.id("photo-thumbnail")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.id("photo-status")).getText()).contains("저장하면 그 번호의 사진");
		number.sendKeys(Keys.BACK_SPACE);
		assertThat(driver.findElement(By.id("photo-thumbnail")).isDisplayed()).isTrue();

		driver.findElement(By.id("photo-clear")).click();
		assertThat(driver.findElement(By.id("photoImageId")).getDomProperty("value")).isEmpty();
		assertThat(driver.findElement(By.id("photo-thumbnail")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.id("photo-none")).isDisplayed()).isTrue();
		driver.findElement(By.cssSelector("form[action='/newsroom/people/" + person + "'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "저장했습니다."));

		driver.get(url("/people/" + person));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
		assertThat(driver.findElements(By.cssSelector("img.profile-photo"))).isEmpty();
		assertThat(cspViolations()).isEmpty();
	}

	private void signIn(WebDriverWait wait) {
		driver.manage().deleteAllCookies();
		Chromium.signIn(driver, url(""), "admin", PASSWORD);
	}

	private String largestUrl(long image) {
		String variants = jdbc.sql("select variants from images where id = ?").params(image).query(String.class).single();
		String widest = variants.split(",")[variants.split(",").length - 1].split(" ")[0];
		return "/media/" + widest;
	}

	private static byte[] png(int width, int height) throws IOException {
		BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = canvas.createGraphics();
		graphics.setColor(new Color(200, 120, 40));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(new Color(30, 60, 110));
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		var bytes = new java.io.ByteArrayOutputStream();
		ImageIO.write(canvas, "png", bytes);
		return bytes.toByteArray();
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
