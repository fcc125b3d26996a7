package kr.cjournal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import kr.cjournal.CjournalApplication;
import kr.cjournal.search.SearchEngine;
import kr.cjournal.search.SearchIndex;
import kr.cjournal.search.SearchQuery;

/**
 * Search benchmark (bench/search.sh; not a test): on a data directory and database an import
 * filled, builds the search index from scratch (indexing rate), reports its size and the heap,
 * then runs 50 fixed Korean queries of 1-4 words with highlighting, 20 rounds after 5 of warm-up,
 * and prints the latency percentiles of single queries.
 * <p>
 * Arguments: the Spring options of the data, e.g. {@code --cjournal.data-dir=/tmp/d
 * --spring.datasource.url=jdbc:h2:file:/tmp/d/db/cjournal;...}.
 */
public final class SearchBenchmark {

	static final List<String> QUERIES = List.of("반도체", "고대역폭메모리", "HBM 수주", "전기차 배터리 투자", "2차전지 양극재",
			"한빛전자", "가온바이오 영업이익", "LNG 운반선", "코스피 외국인", "금리 부담", "환율 급등", "공급 계약 체결", "데이터센터 서버",
			"생성형 AI 서비스", "수소연료전지", "평택 생산기지", "미국 텍사스 공장", "유상증자", "자사주 매입", "밸류업 프로그램",
			"탄소중립 목표", "기자간담회", "영업이익 증가", "공모주 청약", "재건축 아파트", "편의점 매출", "관세 우려", "연준 금리",
			"한국은행 총재", "금융위원회 위원장", "ESG 경영", "인수합병 추진", "합작법인 설립", "전력 반도체", "저궤도 위성",
			"소형모듈원전", "방산 장비 수출", "K-뷰티 제품", "라면 수출 호조", "폴더블폰 판매", "OLED 패널", "파운드리 공정",
			"바이오시밀러", "항체 신약 기술 이전", "5G 장비", "간편결제 서비스", "디지털 자산 수탁", "클라우드 플랫폼",
			"중국산 저가 공세", "부동산 프로젝트파이낸싱 부실");

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		List<String> options = new ArrayList<>(Arrays.asList(args));
		options.addAll(List.of("--server.port=-1", "--cjournal.demo=false", "--cjournal.search.follow=false",
				"--cjournal.accounts.first-admin=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CjournalApplication.class)
			.run(options.toArray(String[]::new))) {
			SearchIndex index = app.getBean(SearchIndex.class);
			SearchEngine engine = app.getBean(SearchEngine.class);
			long started = System.nanoTime();
			long stories = index.rebuild((done, total) -> {
			});
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("indexed %,d stories in %.1f s: %,.0f stories/s%n", stories, seconds, stories / seconds);
			Path dataDir = Path.of(app.getEnvironment().getRequiredProperty("cjournal.data-dir"));
			System.out.printf("index size: %.1f MB%n", size(dataDir.resolve("search")) / 1e6);
			System.gc();
			Runtime runtime = Runtime.getRuntime();
			System.out.printf("heap after indexing: %.0f MB used after GC of %.0f MB limit%n",
					(runtime.totalMemory() - runtime.freeMemory()) / 1e6, runtime.maxMemory() / 1e6);

			long[] totals = new long[QUERIES.size()];
			for (int round = 0; round < 5; round++) {
				QUERIES.forEach(q -> engine.search(SearchQuery.of(q)));
			}
			int rounds = 20;
			long[] latencies = new long[rounds * QUERIES.size()];
			int n = 0;
			for (int round = 0; round < rounds; round++) {
				for (int i = 0; i < QUERIES.size(); i++) {
					long t = System.nanoTime();
					totals[i] = engine.search(SearchQuery.of(QUERIES.get(i))).total();
					latencies[n++] = System.nanoTime() - t;
				}
			}
			Arrays.sort(latencies);
			System.out.printf("%d queries x %d rounds, 10 results with highlighted snippets each:%n", QUERIES.size(), rounds);
			System.out.printf("latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", ms(latencies, 0.50),
					ms(latencies, 0.95), ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
			System.out.printf("matches per query: min %,d, median %,d, max %,d%n", Arrays.stream(totals).min().orElse(0),
					Arrays.stream(totals).sorted().toArray()[totals.length / 2], Arrays.stream(totals).max().orElse(0));
		}
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	private static long size(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}
}
