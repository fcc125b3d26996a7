package kr.cjournal.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.cjournal.exchange.imports.ImportRecord.Byline;
import kr.cjournal.exchange.imports.ImportRecord.Problem;

class WxrReaderTests {

	private static final String SITE = "https://news.hanbit-daily.kr";

	@TempDir
	Path temp;

	@Test
	void classicPostKeepsItsReporterSectionsTagsDatesAndAddresses() throws Exception {
		ImportRecord post = story(readSample(), "101");

		assertThat(post.line()).isEqualTo(itemLine("101"));
		assertThat(post.source()).isEqualTo("wordpress");
		assertThat(post.sourceKey()).isEqualTo(SITE + "#101");
		assertThat(post.preferredId()).isNull();
		assertThat(post.section()).isEqualTo("산업");
		assertThat(post.subsection()).isEqualTo("반도체");
		assertThat(post.headline()).isEqualTo("반도체 장비 수출 3개월 연속 증가");
		assertThat(post.subtitle()).isEqualTo("한빛산업단지 장비 업체 1월 수출 18% 증가");
		assertThat(post.bylines()).containsExactly(new Byline("김지현", "jihyun.kim@hanbit-daily.kr"));
		assertThat(post.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-01-15T09:30:00+09:00"));
		assertThat(post.updatedAt()).isEqualTo(OffsetDateTime.parse("2024-01-16T11:00:00+09:00"));
		assertThat(post.tags()).containsExactly("수출", "장비");
		assertThat(post.people()).isEmpty();
		assertThat(post.oldPaths()).containsExactly("/2024/01/15/chip-equipment-exports/", "/?p=101");
	}

	@Test
	void classicBodyBecomesParagraphsWithTheCaptionedPictureAndNoScriptLink() throws Exception {
		ImportRecord post = story(readSample(), "101");

		assertThat(post.bodyMarkdown()).isEqualTo("""
				지역 반도체 장비 업체들의 수출이 석 달째 늘었다. 한빛산업단지 입주 기업 42곳의 **1월 수출액**은 지난해 같은 달보다 18% 많았다.

				![장비 조립 라인](import:0 "한빛산업단지의 장비 조립 라인")

				업계는 세 가지를 이유로 꼽는다.

				- 해외 공장 증설
				- 환율 효과
				- 신규 고객사 확보

				자세한 통계는 [산업단지공단 자료](https://stats.example.kr/exports?year=2024)에서 볼 수 있다. 여기를 누르세요""");
		// the body shows a resized copy of the featured image: it is the one picture, the original file
		assertThat(post.images()).containsExactly(
				new ImportImage(upload("2024/01/chip-plant.jpg"), "반도체 장비 조립 라인", "한빛산업단지의 장비 조립 라인", null));
		assertThat(post.problems()).containsExactly(new Problem("image",
				"사진 파일을 찾지 못했습니다: https://news.hanbit-daily.kr/wp-content/uploads/2024/01/missing-chart.png"));
	}

	@Test
	void blockEditorPostGetsItsFeaturedImageFromAnAttachmentWrittenAfterIt() throws Exception {
		ImportRecord post = story(readSample(), "102");

		assertThat(post.line()).isEqualTo(itemLine("102"));
		assertThat(post.sourceKey()).isEqualTo(SITE + "#102");
		assertThat(post.section()).isEqualTo("경제");
		assertThat(post.subsection()).isEqualTo("증권");
		assertThat(post.headline()).isEqualTo("코스피 2,700 회복… 외국인 & 기관 동반 매수");
		assertThat(post.subtitle()).isEqualTo("외국인·기관 동반 순매수에 코스피 2,700 회복");
		assertThat(post.bylines()).containsExactly(new Byline("박민규", "minkyu.park@hanbit-daily.kr"));
		assertThat(post.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-02-01T15:40:00+09:00"));
		assertThat(post.updatedAt()).isEqualTo(OffsetDateTime.parse("2024-02-01T15:40:00+09:00"));
		assertThat(post.tags()).containsExactly("코스피", "외국인");
		assertThat(post.oldPaths()).containsExactly(
				"/2024/02/01/%ec%bd%94%ec%8a%a4%ed%94%bc-%ed%9a%8c%eb%b3%b5/", "/?p=102");
		assertThat(post.bodyMarkdown()).isEqualTo("""
				![시세판](import:0 "한 증권사 객장의 시세판 | 사진 박민규 기자 |")

				코스피가 석 달 만에 2,700선을 되찾았다. 외국인과 기관이 함께 *순매수*에 나섰다.

				## 업종별 흐름

				![부산항 크레인](import:1 "수출 물동량이 늘어난 부산항")

				> 하반기까지 오름세가 이어질 것으로 본다.
				>
				> 한 증권사 연구원

				1. 반도체
				2. 2차전지""");
		assertThat(post.images()).containsExactly(
				new ImportImage(upload("2024/02/kospi-board.png"), "시세판", "한 증권사 객장의 시세판 | 사진 박민규 기자", null),
				new ImportImage(upload("2024/02/항만.jpg"), "부산항 크레인", "수출 물동량이 늘어난 부산항", null));
		assertThat(post.problems()).isEmpty();
	}

	@Test
	void postWithoutUtcDateIsDatedInKoreanTimeAndUncategorizedGoesToGeneral() throws Exception {
		ImportRecord post = story(readSample(), "103");

		assertThat(post.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-02-05T08:00:00+09:00"));
		assertThat(post.updatedAt()).isNull();
		assertThat(post.section()).isEqualTo("일반");
		assertThat(post.subsection()).isNull();
		assertThat(post.subtitle()).as("an excerpt over 120 characters is no subtitle").isNull();
		assertThat(post.bylines()).containsExactly(new Byline("guest-writer", null));
		assertThat(post.oldPaths()).containsExactly("/?p=103");
		assertThat(post.bodyMarkdown()).isEqualTo("""
				상인회와 시청이 빈 점포 문제를 두고 머리를 맞댔다.\\
				참석자들은 임대료 지원을 요구했다. 🙂

				토론회는 두 시간 동안 이어졌다.""");
		assertThat(post.problems()).extracting(Problem::field).containsExactly("image");
	}

	@Test
	void onlyPublishedPostsAreReadAndBadOnesAreReportedWithTheirLine() throws Exception {
		List<ImportItem> items = readSample();

		assertThat(items).extracting(WxrReaderTests::key)
			.containsExactly(SITE + "#101", SITE + "#102", SITE + "#103", SITE + "#104", SITE + "#105",
					SITE + "#109");
		assertThat(items.subList(3, 6)).containsExactly(
				new BadRecord(itemLine("104"), SITE + "#104", "published_at", "게재 시각을 읽을 수 없습니다: 어제 오후"),
				new BadRecord(itemLine("105"), SITE + "#105", "title", "제목이 없습니다"),
				new BadRecord(itemLine("109"), SITE + "#109", "body", "본문이 비어 있습니다"));
	}

	@Test
	void withoutAnUploadsFolderPicturesAreProblemsAndTheStoryStillImports() throws Exception {
		ImportRecord post = story(read(sample(), null), "102");

		assertThat(post.images()).isEmpty();
		assertThat(post.bodyMarkdown()).doesNotContain("import:").startsWith("코스피가 석 달 만에");
		assertThat(post.problems()).extracting(Problem::reason).containsExactly(
				"사진 파일을 찾지 못했습니다: https://news.hanbit-daily.kr/wp-content/uploads/2024/02/kospi-board.png",
				"사진 파일을 찾지 못했습니다: https://news.hanbit-daily.kr/wp-content/uploads/2024/02/%ED%95%AD%EB%A7%8C.jpg");
	}

	@Test
	void resizedCopyIsTakenForItsOriginalOnlyWhenTheOriginalIsThere() throws Exception {
		Files.createDirectories(temp.resolve("2024/03"));
		Files.write(temp.resolve("2024/03/only-copy-300x200.jpg"), new byte[] { 1 });
		Files.write(temp.resolve("secret.txt"), new byte[] { 1 });
		UploadsFolder uploads = new UploadsFolder(temp);
		UploadsFolder sample = new UploadsFolder(upload(""));

		assertThat(sample.find("https://x.kr/wp-content/uploads/2024/01/chip-plant-1024x683.jpg"))
			.contains(upload("2024/01/chip-plant.jpg"));
		assertThat(uploads.find("https://x.kr/wp-content/uploads/2024/03/only-copy-300x200.jpg"))
			.contains(temp.resolve("2024/03/only-copy-300x200.jpg").toRealPath());
		assertThat(uploads.find("https://x.kr/wp-content/uploads/2024/03/../../secret.txt")).isEmpty();
		assertThat(uploads.find("https://x.kr/wp-content/uploads/%2e%2e/" + temp.getFileName() + "/secret.txt"))
			.isEmpty();
		assertThat(uploads.find("https://elsewhere.example/photos/2024/03/only-copy-300x200.jpg")).isEmpty();
	}

	@Test
	void galleriesEmbedsDeepCategoriesAndProtectedPostsAreHandled() throws Exception {
		String channel = "<wp:category><wp:category_nicename>economy</wp:category_nicename><wp:category_parent></wp:category_parent>"
				+ "<wp:cat_name>경제</wp:cat_name></wp:category>\n"
				+ "<wp:category><wp:category_nicename>stocks</wp:category_nicename><wp:category_parent>economy</wp:category_parent>"
				+ "<wp:cat_name>증권</wp:cat_name></wp:category>\n"
				+ "<wp:category><wp:category_nicename>ipo</wp:category_nicename><wp:category_parent>stocks</wp:category_parent>"
				+ "<wp:cat_name>공모주</wp:cat_name></wp:category>\n";
		String gallery = post(1, "공모주 청약 열기", "청약 첫날 경쟁률이 높았다.\n\n[gallery ids=\"301,302,999\"]\n\n"
				+ "[embed]https://video.example.kr/watch?v=123[/embed]\n\n[video src=\"x.mp4\"][/video]")
			.replace("nicename=\"economy\"><![CDATA[경제]]>", "nicename=\"ipo\"><![CDATA[공모주]]>");
		String locked = post(2, "잠긴 기사", "<p>비밀</p>").replace("<wp:status>",
				"<wp:post_password>1234</wp:post_password><wp:status>");
		String wxr = wxr(channel + gallery + locked + attachment(301, "2024/01/chip-plant.jpg", "첫 사진")
				+ attachment(302, "2024/02/kospi-board.png", "둘째 사진"));

		List<ImportItem> items = read(write(wxr), upload(""));

		ImportRecord post = (ImportRecord) items.get(0);
		assertThat(post.section()).isEqualTo("경제");
		assertThat(post.subsection()).isEqualTo("공모주");
		assertThat(post.bodyMarkdown()).isEqualTo("""
				청약 첫날 경쟁률이 높았다.

				![](import:0 "첫 사진")

				![](import:1 "둘째 사진")

				[https://video.example.kr/watch?v=123](https://video.example.kr/watch?v=123)""");
		assertThat(post.images()).extracting(ImportImage::file)
			.containsExactly(upload("2024/01/chip-plant.jpg"), upload("2024/02/kospi-board.png"));
		assertThat(items.get(1)).isEqualTo(new BadRecord(lineOf(wxr, "잠긴 기사"), "https://paper.example.kr#2",
				"post_password", "비밀번호로 보호된 글이라 가져오지 않았습니다"));
	}

	@Test
	void brokenXmlInAnItemIsReportedForThatItemAndEndsTheFile() throws Exception {
		String wxr = wxr(post(1, "첫 기사", "<p>정상적인 본문</p>") + "\n<item><title>깨진 기사</title><wp:post_id>2</wp:post_id>\n"
				+ "<content:encoded><![CDATA[본문]]></content:encoded><wp:status>publish</oops></item>\n"
				+ post(3, "셋째 기사", "<p>읽히지 않는 본문</p>"));
		String[] lines = wxr.split("\n");
		int broken = 0;
		for (int i = 0; i < lines.length && broken == 0; i++) {
			broken = lines[i].contains("깨진 기사") ? i + 1 : 0;
		}

		List<ImportItem> items = read(write(wxr), null);

		assertThat(items).hasSize(2);
		assertThat(((ImportRecord) items.get(0)).headline()).isEqualTo("첫 기사");
		BadRecord bad = (BadRecord) items.get(1);
		assertThat(bad.line()).isEqualTo(broken);
		assertThat(bad.field()).isNull();
		assertThat(bad.reason()).startsWith("XML이 깨져 있어 이 글부터 파일 끝까지 읽지 못했습니다");
	}

	@Test
	void fileThatIsNotAWordPressExportIsRefusedInKorean() throws Exception {
		Path json = write("{\"headline\": \"기사\"}");
		Path html = write("<html><body><p>기사</p></body></html>");
		Path empty = write("");
		Path feed = write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>피드</title>"
				+ "<item><title>기사</title><link>https://paper.kr/1</link></item></channel></rss>");

		assertThatThrownBy(() -> new WxrReader(json, null)).isInstanceOf(IOException.class)
			.hasMessageContaining("WordPress 내보내기 파일(WXR)이 아니거나");
		assertThatThrownBy(() -> new WxrReader(html, null)).isInstanceOf(IOException.class)
			.hasMessage("WordPress 내보내기 파일(WXR)이 아닙니다: 첫 요소가 <rss>가 아니라 <html>입니다");
		assertThatThrownBy(() -> new WxrReader(empty, null)).isInstanceOf(IOException.class)
			.hasMessageContaining("WordPress 내보내기 파일(WXR)이 아니");
		assertThatThrownBy(() -> new WxrReader(feed, null)).isInstanceOf(IOException.class)
			.hasMessage("WordPress 내보내기 파일(WXR)이 아닙니다: wp: 항목이 없는 RSS 피드입니다");
	}

	@Test
	void entitiesOfADoctypeAreNeverExpandedNorExternalFilesRead() throws Exception {
		Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
		String doctype = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
				+ "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
				+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<rss ";

		for (String entity : List.of("&xxe;", "&c;")) {
			String wxr = wxr(post(1, "첫 기사", "<p>본문</p>") + post(2, entity + " 기사", "<p>본문 " + entity + "</p>"));

			List<ImportItem> items = read(write(wxr.replace("<rss ", doctype)), null);

			assertThat(items).as(entity).hasSize(2);
			assertThat(((ImportRecord) items.get(0)).headline()).isEqualTo("첫 기사");
			assertThat(items.get(1)).isInstanceOfSatisfying(BadRecord.class,
					bad -> assertThat(bad.reason()).startsWith("XML이 깨져 있어"));
			assertThat(items.toString()).doesNotContain("TOP-SECRET", "aaaaaaaaaa");
		}
	}

	@Test
	void controlCharactersThatXmlForbidsDoNotStopTheImport() throws Exception {
		Path file = write(wxr(post(1, "제어\u0001문자\u0008 기사", "<p>본문\u001b에 \u0007제어 문자</p>")));

		ImportRecord post = (ImportRecord) read(file, null).get(0);

		assertThat(post.headline()).isEqualTo("제어문자 기사");
		assertThat(post.bodyMarkdown()).isEqualTo("본문에 제어 문자");
	}

	@Test
	void anOldKoreanEncodingIsReadAsDeclaredAndBrokenBytesDoNotStopTheImport() throws Exception {
		String euckr = wxr(post(1, "한글 인코딩 기사", "<p>예전 설치본의 본문</p>")).replace("UTF-8", "EUC-KR");
		byte[] broken = wxr(post(2, "깨진 바이트 기사", "<p>본문 XX 끝</p>")).getBytes(StandardCharsets.UTF_8);
		String asText = new String(broken, StandardCharsets.ISO_8859_1);
		int at = asText.indexOf("XX");
		broken[at] = (byte) 0xC3;
		broken[at + 1] = (byte) 0x28;

		ImportRecord old = (ImportRecord) read(Files.write(temp.resolve("euckr.xml"), euckr.getBytes("EUC-KR")), null)
			.get(0);
		ImportRecord damaged = (ImportRecord) read(Files.write(temp.resolve("broken.xml"), broken), null).get(0);

		assertThat(old.headline()).isEqualTo("한글 인코딩 기사");
		assertThat(old.bodyMarkdown()).isEqualTo("예전 설치본의 본문");
		assertThat(damaged.headline()).isEqualTo("깨진 바이트 기사");
		assertThat(damaged.bodyMarkdown()).isEqualTo("본문 \uFFFD( 끝");
	}

	@Test
	void hostileBodiesAreReadWithoutScriptsOrScriptLinks() throws Exception {
		String longBody = "<p>" + "가나다라 ".repeat(20_000) + "</p>" + "<b>".repeat(5_000) + "끝" + "</b>".repeat(5_000);
		String hostile = "<p>앞<script>alert('x')</script>뒤 <a href=\"javascript:alert(1)\">링크</a> "
				+ "<a href=\" JAVASCRIPT:alert(1)\">둘</a> 😀👍</p><iframe src=\"https://evil.example\"></iframe>";
		Path file = write(wxr(post(1, "긴 기사 🚀", longBody) + post(2, "<script>alert(1)</script>위험한 제목", hostile)));

		List<ImportItem> items = read(file, null);

		ImportRecord longPost = (ImportRecord) items.get(0);
		assertThat(longPost.headline()).isEqualTo("긴 기사 🚀");
		assertThat(longPost.bodyMarkdown()).hasSizeGreaterThan(100_000).endsWith("**끝**");
		ImportRecord hostilePost = (ImportRecord) items.get(1);
		assertThat(hostilePost.headline()).isEqualTo("위험한 제목");
		assertThat(hostilePost.bodyMarkdown()).isEqualTo("앞뒤 링크 둘 😀👍");
	}

	@Test
	void aStreamIsReadLikeAFileAndItsCopyIsGoneAfterClose() throws Exception {
		byte[] bytes = Files.readAllBytes(sample());
		long before = tempCopies();

		List<ImportItem> items = new ArrayList<>();
		try (WxrReader reader = new WxrReader(new ByteArrayInputStream(bytes), upload(""))) {
			items.add(reader.next());
			assertThat(tempCopies()).isEqualTo(before + 1);
		}

		assertThat(((ImportRecord) items.get(0)).sourceKey()).isEqualTo(SITE + "#101");
		assertThat(tempCopies()).isEqualTo(before);
	}

	@Test
	void twentyThousandPostsAreStreamedOneAtATime() throws Exception {
		Path file = temp.resolve("big.xml");
		try (Writer out = Files.newBufferedWriter(file)) {
			out.write(wxr("").replace("</channel>\n</rss>\n", ""));
			for (int i = 1; i <= 20_000; i++) {
				out.write(post(i, "기사 " + i, "<p>" + ("코스피 " + i + " 본문 문장입니다. ").repeat(30) + "</p>"));
			}
			out.write("</channel></rss>");
		}
		AtomicLong bytesRead = new AtomicLong();
		Runtime runtime = Runtime.getRuntime();

		long count = 0;
		long usedAfterFirst;
		long readBeforeFirst;
		try (WxrReader reader = new WxrReader(() -> counting(Files.newInputStream(file), bytesRead), null, null)) {
			long firstPass = bytesRead.get();
			ImportItem item = reader.next();
			readBeforeFirst = bytesRead.get() - firstPass;
			usedAfterFirst = used(runtime);
			for (; item != null; item = reader.next()) {
				assertThat(item).isInstanceOf(ImportRecord.class);
				count++;
			}
			long usedAtEnd = used(runtime);
			assertThat(usedAtEnd - usedAfterFirst).as("heap held after reading %d MB", Files.size(file) >> 20)
				.isLessThan(16L << 20);
		}

		assertThat(count).isEqualTo(20_000);
		assertThat(Files.size(file)).isGreaterThan(20L << 20);
		assertThat(readBeforeFirst).as("the second pass gives the first post before reading on").isLessThan(1 << 20);
	}

	// --- the sample and its helpers

	private Path sample() throws URISyntaxException {
		return Path.of(getClass().getResource("/imports/wordpress-sample.xml").toURI());
	}

	private Path upload(String relative) throws Exception {
		Path folder = Path.of(getClass().getResource("/imports/uploads").toURI()).toRealPath();
		return relative.isEmpty() ? folder : folder.resolve(relative).toRealPath();
	}

	private List<ImportItem> readSample() throws Exception {
		return read(sample(), upload(""));
	}

	private static List<ImportItem> read(Path file, Path uploads) throws IOException {
		List<ImportItem> items = new ArrayList<>();
		try (WxrReader reader = new WxrReader(file, uploads)) {
			for (ImportItem item = reader.next(); item != null; item = reader.next()) {
				items.add(item);
			}
			assertThat(reader.next()).isNull();
		}
		return items;
	}

	private static ImportRecord story(List<ImportItem> items, String postId) {
		return items.stream()
			.filter(i -> i instanceof ImportRecord r && r.sourceKey().equals(SITE + "#" + postId))
			.map(ImportRecord.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private static String key(ImportItem item) {
		return item instanceof ImportRecord r ? r.sourceKey() : ((BadRecord) item).sourceKey();
	}

	/** The line of the {@code <item>} holding the post, counted in the sample file itself. */
	private long itemLine(String postId) throws Exception {
		List<String> lines = Files.readAllLines(sample());
		int item = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains("<item>")) {
				item = i + 1;
			}
			if (lines.get(i).contains("<wp:post_id>" + postId + "</wp:post_id>")) {
				return item;
			}
		}
		throw new AssertionError("no post " + postId);
	}

	private Path write(String content) throws IOException {
		return Files.writeString(Files.createTempFile(temp, "wxr", ".xml"), content, StandardCharsets.UTF_8);
	}

	private static String wxr(String items) {
		return """
				<?xml version="1.0" encoding="UTF-8" ?>
				<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
					xmlns:content="http://purl.org/rss/1.0/modules/content/"
					xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
				<channel>
				<link>https://paper.example.kr</link>
				<wp:base_site_url>https://paper.example.kr</wp:base_site_url>
				""" + items + "\n</channel>\n</rss>\n";
	}

	private static String post(int id, String title, String html) {
		return "<item><title>" + title.replace("<", "&lt;") + "</title><link>https://paper.example.kr/?p=" + id
				+ "</link>\n<dc:creator>reporter</dc:creator><content:encoded><![CDATA[" + html
				+ "]]></content:encoded><wp:post_id>" + id
				+ "</wp:post_id><wp:post_date_gmt>2024-03-01 00:00:00</wp:post_date_gmt>"
				+ "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>"
				+ "<category domain=\"category\" nicename=\"economy\"><![CDATA[경제]]></category></item>\n";
	}

	private static String attachment(int id, String file, String caption) {
		return "<item><title>" + id + "</title><excerpt:encoded>" + caption + "</excerpt:encoded><wp:post_id>" + id
				+ "</wp:post_id><wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>"
				+ "<wp:attachment_url>https://paper.example.kr/wp-content/uploads/" + file + "</wp:attachment_url></item>\n";
	}

	private static long lineOf(String text, String needle) {
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(needle)) {
				return i + 1;
			}
		}
		throw new AssertionError(needle);
	}

	private static long tempCopies() throws IOException {
		try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(f -> f.getFileName().toString().startsWith("cjournal-wxr-")).count();
		}
	}

	private static InputStream counting(InputStream in, AtomicLong count) {
		return new FilterInputStream(in) {
			@Override
			public int read() throws IOException {
				int b = super.read();
				count.addAndGet(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = super.read(buffer, offset, length);
				count.addAndGet(Math.max(0, read));
				return read;
			}
		};
	}

	private static long used(Runtime runtime) {
		System.gc();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
