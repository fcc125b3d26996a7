package kr.cjournal.newsroom.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import kr.cjournal.accounts.Accounts;
import kr.cjournal.accounts.Role;
import kr.cjournal.site.browser.EnabledIfChromium;
import kr.cjournal.support.BrowserTest;
import kr.cjournal.support.Chromium;
import kr.cjournal.support.TestPhotos;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom end to end in real Chromium: a reporter signs in, writes a story with a photo and
 * a caption and submits it; an editor signs in and publishes it; readers find it on the home
 * page and in its section, with the photo and caption.
 */
@EnabledIfChromium
@BrowserTest
class NewsroomFlowBrowserIT {

	static final String PASSWORD = "Hanul-Desk-2026!";

	static final String HEADLINE = "한울전자 차세대 폴더블 공개, 문지석 \"내년 판매 두 배\"";

	static final String CAPTION = "문지석 한울전자 대표이사 사장이 신제품을 소개하고 있다.";

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	kr.cjournal.newsroom.Manuscripts manuscripts;

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

	/**
	 * Each test starts signed out, with nothing kept in the browser. (Not on a reader page: the
	 * browser would keep it for its max-age and show it again later in the test.)
	 */
	@BeforeEach
	void signedOut() {
		driver.get(url("/login"));
		driver.manage().deleteAllCookies();
		driver.executeScript("window.localStorage.clear();");
	}

	@Test
	void aReporterWritesWithAPhotoAndAnEditorPublishesItToTheHomePageAndSection() throws Exception {
		staff("hana.seo", "서하나", Role.REPORTER);
		staff("desk.kim", "김데스크", Role.EDITOR);
		// Workflow buttons reload the page; an element looked up mid-navigation is retried, not fatal.
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(WebDriverException.class);

		signIn("hana.seo");
		driver.findElement(By.id("new-article")).click();
		wait.until(ExpectedConditions.urlMatches("/newsroom/articles/\\d+/edit$"));
		String editorUrl = driver.getCurrentUrl();
		new Select(driver.findElement(By.id("sectionId"))).selectByVisibleText("기업과산업 › 전자·전기·정보통신");
		driver.findElement(By.id("headline")).sendKeys(HEADLINE);
		assertThat(driver.findElement(By.id("headline-count")).getText()).isEqualTo(HEADLINE.length() + " / 80자");
		WebElement body = driver.findElement(By.id("body"));
		body.sendKeys("[씨저널] 한울전자가 차세대 폴더블 스마트폰을 공개했다.");
		driver.findElement(By.cssSelector("[data-md=photo]")).isDisplayed();
		driver.executeScript("document.getElementById('photo-file').removeAttribute('hidden')");
		driver.findElement(By.id("photo-file")).sendKeys(photo().toString());
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-caption"))).sendKeys(CAPTION);
		driver.findElement(By.id("photo-credit")).sendKeys("한울전자");
		driver.findElement(By.cssSelector("#photo-form button[value=insert]")).click();
		wait.until(d -> body.getDomProperty("value").contains("](image:"));
		body.sendKeys("\n\n문지석 사장은 \"내년 판매량을 두 배로 늘리겠다\"고 말했다.");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview figure figcaption")));
		driver.findElement(By.id("save-button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "저장했습니다"));
		screenshot("newsroom-editor");
		driver.findElement(By.id("submit-button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-status"), "데스크 대기"));
		signOut();

		signIn("desk.kim");
		screenshot("newsroom-dashboard");
		WebElement queued = driver.findElement(By.cssSelector("#desk-queue a"));
		assertThat(queued.getText()).isEqualTo(HEADLINE);
		queued.click();
		wait.until(ExpectedConditions.urlToBe(editorUrl));
		driver.findElement(By.id("publish-button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-status"), "출고"));
		long id = Long.parseLong(editorUrl.replaceAll(".*/articles/(\\d+)/edit$", "$1"));

		driver.get(url("/"));
		assertThat(driver.findElements(By.cssSelector(".latest-list a[href='/article/" + id + "']"))).isNotEmpty();
		driver.get(url("/section/industry/electronics"));
		driver.findElement(By.cssSelector(".article-item a[href='/article/" + id + "']")).click();
		wait.until(ExpectedConditions.urlContains("/article/" + id));
		assertThat(driver.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(HEADLINE);
		WebElement figure = driver.findElement(By.cssSelector(".article-body figure.photo"));
		assertThat(figure.findElement(By.tagName("figcaption")).getText()).isEqualTo(CAPTION + " 한울전자");
		assertThat(figure.findElement(By.tagName("img")).getDomAttribute("srcset")).contains("480w");
		assertThat((Boolean) driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0",
				figure.findElement(By.tagName("img")))).as("the photo loads").isTrue();
		assertThat(driver.findElement(By.cssSelector(".byline .reporter-name")).getText()).isEqualTo("서하나 기자");
		screenshot("newsroom-published");
	}

	private void screenshot(String name) throws Exception {
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void whenTheSessionExpiresASaveFailsWithAMessageAndTheTextStaysUntilTheWriterSignsInAgain() throws Exception {
		staff("jiwoo.park", "박지우", Role.REPORTER);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(WebDriverException.class);
		signIn("jiwoo.park");
		driver.findElement(By.id("new-article")).click();
		wait.until(ExpectedConditions.urlMatches("/newsroom/articles/\\d+/edit$"));
		String editor = driver.getWindowHandle();
		long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/articles/(\\d+)/edit$", "$1"));
		driver.findElement(By.id("headline")).sendKeys("세션이 끝나도 남는 제목");
		driver.findElement(By.id("body")).sendKeys("[씨저널] 세션이 끝난 뒤에도 이 문단은 사라지지 않아야 한다.");

		driver.manage().deleteAllCookies();
		driver.findElement(By.id("save-button")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "로그인이 만료되어"));
		assertThat(driver.findElement(By.id("body")).getDomProperty("value")).contains("이 문단은 사라지지 않아야 한다");
		assertThat(driver.findElement(By.id("headline")).getDomProperty("value")).isEqualTo("세션이 끝나도 남는 제목");
		assertThat((String) driver.executeScript("return window.localStorage.getItem('cjournal.draft." + id + "')"))
			.as("a copy is kept in the browser").contains("이 문단은 사라지지 않아야 한다");
		assertThat(manuscripts.find(id).orElseThrow().bodyMarkdown()).as("nothing reached the server").isEmpty();
		assertThat(editor).isEqualTo(driver.getWindowHandle());

		// The page's own requests after typing (the people search runs two seconds after the last
		// key) have been refused too; signing in only then keeps them out of the sign-in.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-status"), "로그인이 만료되었습니다"));

		// The writer signs in again in another tab, comes back and saves the same page.
		driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
		signIn("jiwoo.park");
		driver.close();
		driver.switchTo().window(editor);
		driver.findElement(By.id("save-button")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "저장했습니다"));
		assertThat(manuscripts.find(id).orElseThrow().bodyMarkdown()).contains("이 문단은 사라지지 않아야 한다");
	}

	/** Creates a staff account once; a rerun of a test finds it already there. */
	private void staff(String username, String name, Role role) {
		if (accounts.findByUsername(username).isEmpty()) {
			accounts.createStaff(username, name, username + "@cjournal.example", PASSWORD, Set.of(role));
		}
	}

	private void signIn(String username) {
		driver.get(url("/login"));
		driver.findElement(By.name("username")).sendKeys(username);
		driver.findElement(By.name("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/newsroom")));
	}

	private void signOut() {
		driver.findElement(By.cssSelector(".staff-user button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
	}

	private Path photo() throws Exception {
		Path file = Path.of("target", "browser-it-newsroom", "foldable.jpg").toAbsolutePath();
		Files.createDirectories(file.getParent());
		Files.write(file, TestPhotos.jpeg(7));
		return file;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
