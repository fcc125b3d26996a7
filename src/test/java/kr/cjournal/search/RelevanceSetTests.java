package kr.cjournal.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.cjournal.newsroom.PublishedArchive;
import kr.cjournal.support.DemoPaperTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relevance set (src/test/resources/search/relevance-demo.tsv): queries a reader would type
 * over the demo paper, each with the story they expect among the first three. Fails when fewer
 * than 90 % of the queries have it there; prints the figure and the misses.
 */
@DemoPaperTest
class RelevanceSetTests {

	private record Case(String query, List<String> expected) {
	}

	@Autowired
	SearchEngine search;

	@Autowired
	PublishedArchive archive;

	@Test
	void nineInTenQueriesHaveTheExpectedStoryInTheTopThree() throws IOException {
		long published = archive.publishedCount();
		await().atMost(Duration.ofSeconds(30)).until(() -> search.size() >= published);
		Map<Long, String> headlines = new java.util.HashMap<>();
		List<Case> cases = cases();
		List<String> misses = new ArrayList<>();
		for (Case c : cases) {
			List<String> top = search.search(SearchQuery.of(c.query())).hits().stream().limit(3)
				.map(hit -> headlines.computeIfAbsent(hit.id(), id -> hit.headline())).toList();
			boolean found = top.stream().anyMatch(headline -> c.expected().stream().anyMatch(headline::contains));
			if (!found) {
				misses.add(c.query() + " -> " + top);
			}
		}
		double share = 1.0 - (double) misses.size() / cases.size();
		System.out.printf("Relevance set: %d of %d queries (%.1f %%) have the expected story in the top 3%n",
				cases.size() - misses.size(), cases.size(), share * 100);
		misses.forEach(miss -> System.out.println("  miss: " + miss));
		assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
		assertThat(share).as("share of queries with the expected story in the top 3; misses: %s", misses)
			.isGreaterThanOrEqualTo(0.9);
	}

	private static List<Case> cases() throws IOException {
		try (InputStream in = RelevanceSetTests.class.getResourceAsStream("/search/relevance-demo.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t"))
				.map(parts -> new Case(parts[0], Arrays.stream(parts[1].split("\\|")).map(String::strip)
					.collect(Collectors.toList())))
				.toList();
		}
	}
}
