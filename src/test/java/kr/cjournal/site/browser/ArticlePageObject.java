package kr.cjournal.site.browser;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An article page as a reader sees it: what is on it and what the reader can do there. */
final class ArticlePageObject {

	private static final Pattern ARTICLE_ID = Pattern.compile("/article/(\\d+)");

	private final WebDriver driver;

	private final WebDriverWait wait;

	private ArticlePageObject(WebDriver driver) {
		this.driver = driver;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(5));
	}

	/** Opens {@code baseUrl/article/id} and waits for its headline. */
	static ArticlePageObject open(WebDriver driver, String baseUrl, long id) {
		driver.get(baseUrl + "/article/" + id);
		return at(driver);
	}

	/** The article page the browser is on now. */
	static ArticlePageObject at(WebDriver driver) {
		ArticlePageObject page = new ArticlePageObject(driver);
		page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.headline")));
		return page;
	}

	/** The id in an {@code /article/{id}} link, or -1. */
	static long articleId(String href) {
		Matcher m = ARTICLE_ID.matcher(href == null ? "" : href);
		return m.find() ? Long.parseLong(m.group(1)) : -1;
	}

	long id() {
		return Long.parseLong(driver.findElement(By.cssSelector("article.article")).getDomAttribute("data-article-id"));
	}

	WebElement headline() {
		return driver.findElement(By.cssSelector("h1.headline"));
	}

	String headlineText() {
		return headline().getText();
	}

	WebElement bylineEmail() {
		return driver.findElement(By.cssSelector(".byline a[href^='mailto:']"));
	}

	String publishedText() {
		return driver.findElement(By.cssSelector(".article-times time.published")).getText();
	}

	/** The first photo in the article body with its caption. */
	WebElement firstFigure() {
		return driver.findElement(By.cssSelector("#article-body figure"));
	}

	/** {@code href} of {@code link rel=canonical}, as written in the page. */
	String canonicalUrl() {
		return driver.findElement(By.cssSelector("link[rel='canonical']")).getDomAttribute("href");
	}

	/** {@code href} of a share link, as written in the page (not resolved by the browser). */
	String shareHref(String cssClass) {
		return driver.findElement(By.cssSelector(".share ." + cssClass)).getDomAttribute("href");
	}

	boolean hasKakaoButton() {
		return !driver.findElements(By.id("share-kakao")).isEmpty();
	}

	/** Computed font size of the first body paragraph, in CSS pixels. */
	double bodyFontSize() {
		Object px = ((JavascriptExecutor) driver).executeScript(
				"return window.getComputedStyle(document.querySelector('#article-body p')).fontSize;");
		return Double.parseDouble(String.valueOf(px).replace("px", ""));
	}

	/** Clicks 확대 and waits until the body text has grown. */
	double enlarge() {
		return clickAndWaitForSize(By.id("font-up"), true);
	}

	/** Clicks 축소 and waits until the body text has shrunk. */
	double reduce() {
		return clickAndWaitForSize(By.id("font-down"), false);
	}

	private double clickAndWaitForSize(By button, boolean larger) {
		double before = bodyFontSize();
		driver.findElement(button).click();
		return wait.withMessage(() -> "body font size did not get " + (larger ? "larger" : "smaller") + " than "
				+ before + "px after clicking " + button)
			.until(d -> {
				double now = bodyFontSize();
				return (larger ? now > before : now < before) ? now : null;
			});
	}

	/** Clicks URL 복사 and returns the confirmation once it is shown. */
	WebElement copyUrl() {
		driver.findElement(By.id("copy-url")).click();
		return wait.withMessage("#copy-status never became visible after clicking URL 복사")
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("copy-status")));
	}

	/** Clicks 인쇄, switches to the tab it opens and returns that tab's handle. */
	String openPrintView() {
		String original = driver.getWindowHandle();
		int before = driver.getWindowHandles().size();
		driver.findElement(By.cssSelector(".print-link")).click();
		wait.withMessage("인쇄 did not open a new tab").until(ExpectedConditions.numberOfWindowsToBe(before + 1));
		String printTab = driver.getWindowHandles().stream().filter(h -> !h.equals(original)).findFirst().orElseThrow();
		driver.switchTo().window(printTab);
		wait.until(ExpectedConditions.urlMatches("/print$"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.headline")));
		return printTab;
	}

	/** Links to other articles in the 최신기사 box. */
	List<String> latestLinks() {
		return driver.findElements(By.cssSelector(".latest-articles .latest-list a"))
			.stream()
			.map(a -> a.getDomAttribute("href"))
			.toList();
	}
}
