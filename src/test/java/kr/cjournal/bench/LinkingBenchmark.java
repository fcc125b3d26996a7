package kr.cjournal.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import kr.cjournal.newsroom.MentionLinker;
import kr.cjournal.people.MentionMatcher;
import kr.cjournal.people.NamedEntity;
import kr.cjournal.people.NamedEntity.Kind;

/**
 * Linking against a large directory: 50,000 generated people and organisations with aliases, and
 * a generated story of about 3,000 characters that names some of them. Not a test; run it with
 * {@code bench/linking.sh}, which also prints the matcher's memory.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LinkingBenchmark {

	static final int PEOPLE = 35_000;

	static final int ORGANIZATIONS = 15_000;

	static final String SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용";

	static final String SYLLABLES = "민서지하도윤준현우진수영성재예은호태경승혜희동정상연나유채원소다시아주가람결빛솔";

	static final String[] ORG_SUFFIXES = { "전자", "화학", "증권", "은행", "건설", "바이오", "홀딩스", "그룹", "제약", "물산", "중공업",
			"에너지", "로보틱스", "모빌리티", "텔레콤", "생명", "카드", "캐피탈", "반도체", "디스플레이" };

	static final String[] ORG_STEMS = { "한", "누", "대", "새", "청", "미", "코", "모", "푸", "세", "온", "다", "가", "라", "해", "별",
			"늘", "참", "빛", "솔" };

	static final String[] TITLES = { "회장", "사장", "부사장", "대표", "전무", "상무", "연구원", "행장", "의장", "본부장" };

	List<NamedEntity> directory;

	MentionMatcher matcher;

	MentionLinker.Story story;

	@Setup(Level.Trial)
	public void setUp() {
		directory = directory(new Random(42));
		matcher = MentionMatcher.of(directory, Set.of("한결", "하나", "미래"));
		story = story(directory, new Random(7));
	}

	/** Prepare a story (all fields) and ask for the body's links, as rendering does. */
	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public List<MentionLinker.Link> linkOneStory() {
		return matcher.prepare(story).in(story.body());
	}

	/** Build the matcher from the directory snapshot (what a directory change costs). */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public void buildMatcher(Blackhole hole) {
		hole.consume(MentionMatcher.of(directory, Set.of("한결", "하나", "미래")));
	}

	static List<NamedEntity> directory(Random random) {
		List<NamedEntity> entities = new ArrayList<>(PEOPLE + ORGANIZATIONS);
		List<String> organizations = new ArrayList<>();
		for (int i = 0; i < ORGANIZATIONS; i++) {
			String stem = ORG_STEMS[i % ORG_STEMS.length] + SYLLABLES.charAt((i / ORG_STEMS.length) % SYLLABLES.length())
					+ (i >= ORG_STEMS.length * SYLLABLES.length() ? String.valueOf(SYLLABLES.charAt(
							(i / (ORG_STEMS.length * SYLLABLES.length())) % SYLLABLES.length())) : "");
			String name = stem + ORG_SUFFIXES[random.nextInt(ORG_SUFFIXES.length)];
			List<String> aliases = new ArrayList<>();
			if (i % 3 == 0) {
				aliases.add(acronym(i));
			}
			if (i % 5 == 0) {
				aliases.add(stem);
			}
			organizations.add(name);
			entities.add(new NamedEntity(Kind.ORGANIZATION, i + 1, name, aliases, List.of(), List.of()));
		}
		for (int i = 0; i < PEOPLE; i++) {
			String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
					+ SYLLABLES.charAt(random.nextInt(SYLLABLES.length())) + SYLLABLES.charAt(random.nextInt(SYLLABLES.length()));
			String title = TITLES[random.nextInt(TITLES.length)];
			List<String> aliases = i % 4 == 0 ? List.of(name.charAt(0) + " " + title) : List.of();
			entities.add(new NamedEntity(Kind.PERSON, i + 1, name, aliases,
					List.of(organizations.get(random.nextInt(organizations.size()))), List.of(title)));
		}
		return entities;
	}

	/** About 3,000 characters: sentences naming people and companies with particles, and filler. */
	static MentionLinker.Story story(List<NamedEntity> directory, Random random) {
		String[] particles = { "은", "는", "이", "가", "과", "와", "의", "에서는", "에게", "" };
		String[] filler = { "올해 실적 전망을 두고 시장의 관심이 커지고 있다.", "업계에서는 하반기 수요 회복을 기대하는 분위기다.",
				"관계자는 \"투자 계획에는 변함이 없다\"고 말했다.", "MSCI 지수 편입 여부도 변수로 꼽힌다.", "증권가 눈높이는 여전히 높다." };
		StringBuilder body = new StringBuilder();
		while (body.length() < 3_000) {
			NamedEntity someone = directory.get(random.nextInt(directory.size()));
			body.append(someone.name()).append(particles[random.nextInt(particles.length)]).append(' ');
			body.append(filler[random.nextInt(filler.length)]).append(' ');
			if (random.nextInt(4) == 0) {
				body.append("\n\n");
			}
		}
		return new MentionLinker.Story(null, directory.get(1).name() + " 신사업 발표", "", List.of(), body.toString(),
				List.of("김바램"));
	}

	private static String acronym(int i) {
		StringBuilder letters = new StringBuilder();
		for (int n = i + 26 * 26; n > 0; n /= 26) {
			letters.append((char) ('A' + n % 26));
		}
		return letters.toString();
	}

	/** Prints the matcher's heap, then runs the benchmarks. */
	public static void main(String[] args) throws Exception {
		List<NamedEntity> entities = directory(new Random(42));
		long before = usedAfterGc();
		MentionMatcher built = MentionMatcher.of(entities, Set.of("한결", "하나", "미래"));
		long after = usedAfterGc();
		System.out.printf("matcher: %d names and aliases of %d entities, %.1f MB heap after GC%n", built.surfaces(),
				entities.size(), (after - before) / 1024.0 / 1024.0);
		MentionLinker.Story sample = story(entities, new Random(7));
		System.out.printf("story: %d characters, %d names found, %d first mentions linked%n", sample.body().length(),
				built.find(sample.body()).size(), built.prepare(sample).in(sample.body()).size());
		new Runner(new OptionsBuilder().include(LinkingBenchmark.class.getName()).addProfiler(GCProfiler.class).build())
			.run();
	}

	private static long usedAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
