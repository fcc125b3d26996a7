package kr.cjournal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for browser tests, with a fresh profile each time. */
public final class Chromium {

	public static final Path BINARY = Path.of("/usr/bin/chromium");

	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	public static ChromeDriver start() {
		return start(options());
	}

	/** The options every browser test starts from; a test may add its own before starting. */
	public static ChromeOptions options() {
		Path profile;
		try {
			profile = Files.createTempDirectory("cjournal-chromium-");
			Path created = profile;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created)));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
				"--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
		return options;
	}

	private static void delete(Path directory) {
		try (var files = Files.walk(directory)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException e) {
			// A profile left in the temporary directory is harmless.
		}
	}

	/** {@link #options()} that also keep the browser console, for tests that read CSP violations. */
	public static ChromeOptions optionsWithConsole() {
		ChromeOptions options = options();
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		return options;
	}

	/** Signs in through the sign-in form at {@code baseUrl + "/login"} and waits for the newsroom. */
	public static void signIn(WebDriver driver, String baseUrl, String username, String password) {
		driver.get(baseUrl + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector(".login-form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/newsroom"));
	}

	public static ChromeDriver start(ChromeOptions options) {
		if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
			throw new IllegalStateException("Browser tests need " + BINARY + " and " + DRIVER
					+ " (apt-get install chromium chromium-driver)");
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
		return driver;
	}

	/** Where browser tests keep their screenshots. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** What the browser's console said about the Content Security Policy (needs {@link #optionsWithConsole()}). */
	public static List<String> cspViolations(WebDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
			.toList();
	}

	/**
	 * The page as it is now, at a phone's and a desktop's width, saved under {@link #SCREENSHOTS};
	 * fails if it scrolls sideways at either width.
	 */
	public static void screenshots(ChromeDriver driver, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		for (int width : new int[] { 390, 1280 }) {
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
			Object overflow = driver.executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue()).as("%s scrolls sideways at %d px", name, width).isLessThanOrEqualTo(0);
			@SuppressWarnings("unchecked")
			Map<String, Object> shot = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true));
			Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}
}
