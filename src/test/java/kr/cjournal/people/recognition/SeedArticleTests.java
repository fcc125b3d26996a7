package kr.cjournal.people.recognition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import kr.cjournal.people.recognition.Recognition.PersonMention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A real article page captured as text (someone else's, read here, never copied): the people it
 * names are recognised from the patterns alone, and the reporter is not one of them.
 */
class SeedArticleTests {

	static final Path PAGE = Path.of("..", "shared", "seed", "article-page.txt");

	@Test
	void recognisesExactlyTheFivePeopleOfTheStoryAndNotItsReporter() throws IOException {
		Assumptions.assumeTrue(Files.exists(PAGE), "the seed page " + PAGE.toAbsolutePath() + " is not on this machine");
		String page = Files.readString(PAGE, StandardCharsets.UTF_8);

		Recognition recognition = StoryReader.read(page, KnownDirectory.EMPTY);
		recognition.mentions().forEach(System.out::println);

		assertThat(recognition.mentions()).extracting(PersonMention::name)
			.containsExactlyInAnyOrder("최태원", "샘 올트먼", "사티아 나델라", "유영상", "김주선");
		assertThat(recognition.mentions())
			.extracting(PersonMention::name, PersonMention::organization)
			.contains(tuple("최태원", "SK그룹"), tuple("샘 올트먼", "오픈AI"), tuple("사티아 나델라", "마이크로소프트(MS)"),
					tuple("유영상", "SK텔레콤"), tuple("김주선", "SK하이닉스"));
		assertThat(title(recognition, "최태원")).isEqualTo("회장");
		assertThat(title(recognition, "샘 올트먼")).isIn("최고경영자(CEO)", "CEO");
		assertThat(title(recognition, "사티아 나델라")).isEqualTo("CEO");
		assertThat(title(recognition, "유영상")).isIn("최고경영자(CEO)", "CEO");
		assertThat(title(recognition, "김주선")).isEqualTo("사장");
		for (PersonMention mention : recognition.mentions()) {
			assertThat(page.substring(mention.start(), mention.end())).as("offsets of %s", mention.name())
				.isEqualTo(mention.name());
			assertThat(page.indexOf(mention.name())).as("first mention of %s", mention.name()).isEqualTo(mention.start());
		}
		assertThat(recognition.organizations()).extracting(Recognition.OrganizationMention::name)
			.contains("SK그룹", "오픈AI", "SK텔레콤", "SK하이닉스");
	}

	private static String title(Recognition recognition, String name) {
		return recognition.mentions().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().title();
	}
}
