package kr.cjournal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
}
