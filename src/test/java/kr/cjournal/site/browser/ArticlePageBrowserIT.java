package kr.cjournal.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;

import kr.cjournal.support.BrowserTest;
import kr.cjournal.support.Chromium;

/**
 * The article page in real headless Chromium, against the whole application with the demo
 * newsroom on an in-memory H2. Needs {@code chromium} and {@code chromium-driver}; see
 * {@link EnabledIfChromium} for when it is skipped and when it must run.
 */
@EnabledIfChromium
@BrowserTest
class ArticlePageBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** What a reader should never read: link targets, Markdown link and image syntax, raw bold. */
	private static final List<String> MARKUP = List.of("(/company/", "(/people/", "](", "**", "image:");

	private static ChromeDriver driver;

	@LocalServerPort
	private int port;

	private WebDriverWait wait;

	@BeforeAll
	static void startBrowser() {
		String missing = EnabledIfChromium.Binaries.missing();
		if (missing != null) {
			throw new IllegalStateException("Browser tests are required here but cannot run: " + missing);
		}
		driver = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	/** Every test starts on the home page, desktop-sized, one tab, default text size. */
	@BeforeEach
	void freshReader() {
		wait = new WebDriverWait(driver, Duration.ofSeconds(5));
		String first = driver.getWindowHandles().iterator().next();
		for (String handle : driver.getWindowHandles()) {
			if (!handle.equals(first)) {
				driver.switchTo().window(handle).close();
			}
		}
		driver.switchTo().window(first);
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		driver.manage().window().setSize(new Dimension(1280, 900));
		driver.get(url("/"));
		driver.executeScript("window.localStorage.clear();");
	}

	@Test
	void opensAnArticleWithHeadlineBylineAndPhoto() {
		ArticlePageObject article = ArticlePageObject.open(driver, url(""), firstHomeArticleId());

		assertThat(article.headline().isDisplayed()).isTrue();
		assertThat(article.headlineText()).isNotBlank();
		WebElement email = article.bylineEmail();
		assertThat(email.isDisplayed()).isTrue();
		assertThat(email.getDomAttribute("href")).startsWith("mailto:").contains("@");
		assertThat(article.publishedText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
		WebElement figure = article.firstFigure();
		assertThat(figure.isDisplayed()).isTrue();
		WebElement caption = figure.findElement(By.tagName("figcaption"));
		assertThat(caption.isDisplayed()).isTrue();
		assertThat(caption.getText()).isNotBlank();
		WebElement photo = figure.findElement(By.tagName("img"));
		wait.withMessage("the article photo never loaded")
			.until(d -> (Boolean) driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;",
					photo));
	}

	@Test
	void enlargeTwiceMakesBodyTextLargerAndItStaysAfterReload() {
		ArticlePageObject article = ArticlePageObject.open(driver, url(""), firstHomeArticleId());
		double initial = article.bodyFontSize();

		double once = article.enlarge();
		double twice = article.enlarge();
		assertThat(once).isGreaterThan(initial);
		assertThat(twice).isGreaterThan(once);

		driver.navigate().refresh();
		article = ArticlePageObject.at(driver);
		assertThat(article.bodyFontSize()).as("enlarged size after reload").isEqualTo(twice);

		double reduced = article.reduce();
		assertThat(reduced).isLessThan(twice);
		double enlargedAgain = article.enlarge();
		assertThat(enlargedAgain).isEqualTo(twice);

		long current = article.id();
		long other = article.latestLinks()
			.stream()
			.mapToLong(ArticlePageObject::articleId)
			.filter(id -> id > 0 && id != current)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no other article in 최신기사"));
		ArticlePageObject next = ArticlePageObject.open(driver, url(""), other);
		assertThat(next.id()).isEqualTo(other);
		assertThat(next.bodyFontSize()).as("enlarged size on another article").isEqualTo(twice);
	}

	@Test
	void shareLinksCarryTheEncodedCanonicalUrlAndTitle() {
		ArticlePageObject article = ArticlePageObject.open(driver, url(""), firstHomeArticleId());
		String canonical = article.canonicalUrl();
		assertThat(canonical).endsWith("/article/" + article.id()).doesNotContain(" ");
		String encodedUrl = URLEncoder.encode(canonical, StandardCharsets.UTF_8);
		String encodedTitle = UriUtils.encode(article.headlineText(), StandardCharsets.UTF_8);

		assertThat(article.shareHref("share-facebook")).startsWith("https://www.facebook.com/")
			.contains("u=" + encodedUrl);
		assertThat(article.shareHref("share-x")).startsWith("https://twitter.com/")
			.contains("url=" + encodedUrl)
			.contains("text=" + encodedTitle);
		assertThat(article.shareHref("share-naver")).startsWith("https://share.naver.com/")
			.contains("url=" + encodedUrl)
			.contains("title=" + encodedTitle);
		assertThat(article.hasKakaoButton()).as("KakaoTalk button without a Kakao key").isFalse();
	}

	@Test
	void copyUrlShowsVisibleConfirmation() {
		ArticlePageObject article = ArticlePageObject.open(driver, url(""), firstHomeArticleId());
		assertThat(driver.findElement(By.id("copy-status")).isDisplayed()).isFalse();

		WebElement status = article.copyUrl();

		assertThat(status.isDisplayed()).isTrue();
		assertThat(status.getText()).contains("복사되었습니다");
	}

	@Test
	void printLinkOpensThePrintView() {
		long id = firstHomeArticleId();
		ArticlePageObject article = ArticlePageObject.open(driver, url(""), id);
		String headline = article.headlineText();

		article.openPrintView();

		assertThat(driver.getCurrentUrl()).endsWith("/article/" + id + "/print");
		assertThat(driver.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(headline);
		assertThat(driver.findElements(By.cssSelector(".section-nav"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector(".share"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector(".latest-articles"))).isEmpty();
	}

	@Test
	void readersSeeWordsNotMarkupOrLinkTargets() {
		for (String path : readerPages()) {
			driver.get(url(path));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
			String visible = (String) driver.executeScript("return document.body.innerText;");
			assertThat(visible).as("what a reader reads on %s", path).isNotBlank().doesNotContain(MARKUP);
		}
	}

	@Test
	void pageFitsA360PixelPhoneWithoutSidewaysScrolling() {
		List<String> pages = readerPages();
		phoneWidth(360);
		for (String path : pages) {
			driver.get(url(path));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
			long innerWidth = number("return window.innerWidth;");
			long scrollWidth = number("return document.documentElement.scrollWidth;");
			assertThat(innerWidth).as("viewport width on %s", path).isEqualTo(360);
			assertThat(scrollWidth).as("page width on %s at 360 px (wider elements: %s)", path, widerThanViewport())
				.isLessThanOrEqualTo(innerWidth);
			assertThat(driver.findElements(By.cssSelector(".footer-info .info-item"))).as("footer items on %s", path)
				.isNotEmpty();
			assertThat(driver.executeScript("return Array.from(document.querySelectorAll('.footer-info .info-item, .role-then'))"
					+ ".filter(e => e.getClientRects().length > 1).map(e => e.textContent);"))
				.as("footer items and role badges broken over two lines on %s", path)
				.asList()
				.isEmpty();
		}
	}

	@Test
	void savesScreenshots() throws IOException {
		String article = "/article/" + firstHomeArticleId();
		Files.createDirectories(SCREENSHOTS);
		String person = personPage();
		for (int width : new int[] { 390, 1280 }) {
			Path home = screenshot("/", width, "home-" + width + ".png");
			Path story = screenshot(article, width, "article-" + width + ".png");
			Path someone = screenshot(person, width, "person-" + width + ".png");
			for (Path png : List.of(home, story, someone)) {
				assertThat(png).exists();
				assertThat(Files.size(png)).as("size of %s", png).isGreaterThan(1000);
			}
		}
	}

	/** Home, a section, the first story, and the first person and company that story links to. */
	private List<String> readerPages() {
		String article = "/article/" + firstHomeArticleId();
		return List.of("/", "/section/industry", article, personPage(), companyPage());
	}

	/** The page of the first person a story on the home page links to. */
	private String personPage() {
		return linkedFromAStory("human_link");
	}

	/** The page of the first company a story on the home page links to. */
	private String companyPage() {
		return linkedFromAStory("company_link");
	}

	private String linkedFromAStory(String cssClass) {
		driver.get(url("/"));
		List<String> stories = driver.findElements(By.cssSelector(".top-story a, .latest-list a"))
			.stream()
			.map(a -> a.getDomAttribute("href"))
			.filter(href -> ArticlePageObject.articleId(href) > 0)
			.distinct()
			.toList();
		for (String story : stories) {
			driver.get(url(story));
			List<WebElement> links = driver.findElements(By.cssSelector("#article-body a." + cssClass));
			if (!links.isEmpty()) {
				return links.get(0).getDomAttribute("href");
			}
		}
		throw new NoSuchElementException("no story on the home page links a " + cssClass);
	}

	/** The first article on the home page: the lead top story, else the first latest article. */
	private long firstHomeArticleId() {
		if (!driver.getCurrentUrl().equals(url("/"))) {
			driver.get(url("/"));
		}
		return Stream.of(".top-story a", ".latest-list a")
			.flatMap(css -> driver.findElements(By.cssSelector(css)).stream())
			.map(a -> ArticlePageObject.articleId(a.getDomAttribute("href")))
			.filter(id -> id > 0)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("no article link on the home page"));
	}

	/** Makes the viewport exactly {@code width} CSS pixels, as on a phone. */
	private void phoneWidth(int width) {
		driver.manage().window().setSize(new Dimension(width, 800));
		if (number("return window.innerWidth;") != width) {
			emulate(width, 800);
		}
	}

	private void emulate(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	/** A full-page PNG of {@code path} at {@code width} CSS pixels. */
	private Path screenshot(String path, int width, String name) throws IOException {
		emulate(width, 900);
		driver.get(url(path));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
		// Make the viewport as tall as the page so lazy images load and everything is painted.
		long height = Math.min(number("return document.documentElement.scrollHeight;"), 12_000);
		emulate(width, (int) height);
		driver.executeScript("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager');");
		wait.withTimeout(Duration.ofSeconds(10))
			.until(d -> (Boolean) driver.executeScript(
					"return document.fonts.status === 'loaded' && Array.from(document.images).every(i => i.complete);"));
		// Decoded and painted, not just downloaded (thumbnails use decoding="async").
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
		driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				Promise.all(Array.from(document.images).map(i => i.decode().catch(() => null)))
				  .then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(null))));
				""");
		assertThat(driver.executeScript(
				"return Array.from(document.images).filter(i => i.naturalWidth === 0).map(i => i.src);"))
			.as("broken images on %s", path)
			.asList()
			.isEmpty();
		@SuppressWarnings("unchecked")
		Map<String, Object> shot = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Path file = SCREENSHOTS.resolve(name);
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		return file;
	}

	/** Elements reaching past the right edge of the viewport, for a useful failure message. */
	private Object widerThanViewport() {
		return driver.executeScript("""
				const w = window.innerWidth, out = [];
				for (const e of document.querySelectorAll('body *')) {
				  const r = e.getBoundingClientRect();
				  if (r.right > w + 0.5 && out.length < 8) {
				    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
				      + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
				      + ' right=' + Math.round(r.right));
				  }
				}
				return out.join(', ');
				""");
	}

	private long number(String script) {
		return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
