package kr.cjournal.comments.browser;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import kr.cjournal.accounts.Readers;
import kr.cjournal.comments.CommentsChanged;
import kr.cjournal.newsroom.Articles;
import kr.cjournal.site.browser.EnabledIfChromium;
import kr.cjournal.support.BrowserTest;
import kr.cjournal.support.Chromium;
import kr.cjournal.support.TestReaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comment box under a demo story in real Chromium, signed in as a reader: the byte counter,
 * the 400-byte limit, and (once the posting and moderation endpoints are merged) posting,
 * replying, 공감 and reporting.
 */
@EnabledIfChromium
@BrowserTest
class CommentBoxBrowserIT {

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	/** The application's clock (the browser tests' may be moved): seeded comments are an hour old by it. */
	@Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Articles articles;

	@Autowired
	ApplicationEventPublisher events;

	private WebDriverWait wait;

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

	@BeforeEach
	void desktop() {
		wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		// The comment area is replaced whenever it reloads after a post.
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		driver.manage().deleteAllCookies();
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		driver.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void theCounterCountsTwoBytesPerHangulSyllableAndTheButtonStopsAt401() throws Exception {
		long story = articles.latest(1).get(0).id();
		String me = reader("상자독자");
		String other = reader("이웃독자");
		long first = comment(story, other, "첫 줄입니다.\n둘째 줄에는 <b>태그</b>도 그대로 보입니다.", null, 3);
		comment(story, me, "그 댓글에 답합니다.", first, 1);
		comment(story, other, "공감이 많은 다른 의견", null, 7);
		events.publishEvent(new CommentsChanged(story));
		signIn(me);

		driver.get(url("/article/" + story));
		WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-text")));
		WebElement counter = driver.findElement(By.id("comment-counter"));
		WebElement post = driver.findElement(By.cssSelector("form.comment-form .comment-submit"));
		assertThat(driver.findElement(By.cssSelector("#comments .comment-heading")).getText()).matches("댓글 \\(\\d+\\)");
		assertThat(counter.getText()).isEqualTo("현재 0 byte / 최대 400byte");

		box.sendKeys("가나다");
		assertThat(counter.getText()).isEqualTo("현재 6 byte / 최대 400byte");
		box.sendKeys("abc");
		assertThat(counter.getText()).isEqualTo("현재 9 byte / 최대 400byte");
		box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		assertThat(counter.getText()).isEqualTo("현재 0 byte / 최대 400byte");
		box.sendKeys("한".repeat(200));
		assertThat(counter.getText()).isEqualTo("현재 400 byte / 최대 400byte");
		assertThat(post.isEnabled()).isTrue();
		box.sendKeys("a");
		assertThat(counter.getText()).isEqualTo("현재 401 byte / 최대 400byte");
		assertThat(post.isEnabled()).as("post button at 401 bytes").isFalse();
		assertThat(counter.getAttribute("class")).contains("over");
		box.sendKeys(Keys.BACK_SPACE);
		assertThat(counter.getText()).isEqualTo("현재 400 byte / 최대 400byte");
		assertThat(post.isEnabled()).isTrue();
		box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);

		assertThat(driver.findElement(By.cssSelector("#comment-" + first + " .comment-text")).getText())
			.contains("<b>태그</b>");
		assertThat(Chromium.cspViolations(driver)).isEmpty();
		Chromium.screenshots(driver, "comment-box-signed-in");
		driver.manage().deleteAllCookies();
		driver.get(url("/article/" + story));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#comments .comment-login-link")));
		Chromium.screenshots(driver, "comment-box-signed-out");
		driver.get(url("/article/" + story + "/comments"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".comment-list")));
		Chromium.screenshots(driver, "comment-page");
	}

	/** Needs the posting and moderation tasks' endpoints: expected to fail until they are merged. */
	@Test
	void postsReplyLikesReports() {
		long story = articles.latest(2).get(1).id();
		String writer = reader("글쓴이");
		String other = reader("남독자");
		long theirs = comment(story, other, "신고해 볼 다른 독자의 댓글", null, 0);
		events.publishEvent(new CommentsChanged(story));
		// Past the newcomers' pre-moderation (3 shown comments): their comments show at once.
		long elsewhere = articles.latest(2).get(0).id();
		for (int i = 0; i < 3; i++) {
			comment(elsewhere, writer, "예전에 쓴 댓글 " + i + " " + System.nanoTime(), null, 0);
		}
		signIn(writer);
		driver.get(url("/article/" + story));

		WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-text")));
		String text = "브라우저에서 쓴 한글 댓글 " + System.nanoTime();
		box.sendKeys(text);
		driver.findElement(By.cssSelector("form.comment-form .comment-submit")).click();
		wait.until(d -> d.findElements(By.cssSelector(".comment-list > .comment > .comment-text"))
			.stream()
			.anyMatch(e -> e.getText().equals(text)));

		WebElement mine = commentWith(text);
		mine.findElement(By.cssSelector(".reply-box summary")).click();
		String reply = "내 댓글에 단 답글 " + System.nanoTime();
		mine.findElement(By.cssSelector(".reply-form textarea")).sendKeys(reply);
		mine.findElement(By.cssSelector(".reply-form .comment-submit")).click();
		// One comment or reply per 15 seconds: the reply is refused, and says why, until they have passed.
		wait.until(d -> d.findElements(By.cssSelector(".reply-form .form-error"))
			.stream()
			.anyMatch(e -> e.getText().contains("15초에 한 번")));
		((kr.cjournal.support.MovableClock) clock).advance(Duration.ofSeconds(16));
		commentWith(text).findElement(By.cssSelector(".reply-form .comment-submit")).click();
		wait.until(d -> d.findElements(By.cssSelector(".comment-replies .comment-text"))
			.stream()
			.anyMatch(e -> e.getText().equals(reply)));

		WebElement target = driver.findElement(By.id("comment-" + theirs));
		target.findElement(By.cssSelector("button.reaction.like")).click();
		wait.until(d -> d.findElement(By.cssSelector("#comment-" + theirs + " .like-count")).getText().equals("1"));
		assertThat(driver.findElement(By.cssSelector("#comment-" + theirs + " button.reaction.like")).getAttribute("class"))
			.contains("mine");

		target = driver.findElement(By.id("comment-" + theirs));
		target.findElement(By.cssSelector(".report-box summary")).click();
		new Select(target.findElement(By.cssSelector(".report-form select[name=reason]"))).selectByVisibleText("욕설/비하");
		target.findElement(By.cssSelector(".report-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".comment-status"), "신고가 접수되었습니다."));
	}

	private WebElement commentWith(String text) {
		return driver.findElements(By.cssSelector(".comment-list > .comment"))
			.stream()
			.filter(e -> e.findElements(By.cssSelector(":scope > .comment-text"))
				.stream()
				.anyMatch(t -> t.getText().equals(text)))
			.findFirst()
			.orElseThrow();
	}

	private void signIn(String email) {
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(TestReaders.PASSWORD);
		driver.findElement(By.cssSelector(".login-form button[type=submit]")).click();
		wait.until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** A confirmed reader made straight in the database, as {@link TestReaders} does; returns the e-mail. */
	private String reader(String prefix) {
		long n = System.nanoTime();
		String nickname = prefix + Long.toString(n % 1_000_000, 36);
		String email = "browser-reader" + n + "@example.com";
		jdbc.sql("insert into accounts (username, password_hash, display_name, email, roles) values (?, ?, ?, ?, 'READER')")
			.params(email, passwords.encode(TestReaders.PASSWORD), nickname, email)
			.update();
		long id = jdbc.sql("select id from accounts where username = ?").params(email).query(Long.class).single();
		jdbc.sql("insert into reader_profiles (account_id, nickname, nickname_key, email_confirmed_at) values (?, ?, ?, current_timestamp)")
			.params(id, nickname, Readers.nicknameKey(nickname))
			.update();
		return email;
	}

	private long comment(long story, String authorEmail, String text, Long parent, int likes) {
		long author = jdbc.sql("select id from accounts where username = ?").params(authorEmail).query(Long.class).single();
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into comments (article_id, parent_id, author_id, body, text_key, status, likes, created_at)"
				+ " values (?, ?, ?, ?, ?, 'VISIBLE', ?, ?)")
			.params(story, parent, author, text, "%064d".formatted(Math.abs(text.hashCode())), likes,
					OffsetDateTime.now(clock).minusHours(1))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
