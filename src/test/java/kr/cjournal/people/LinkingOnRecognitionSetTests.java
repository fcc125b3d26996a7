package kr.cjournal.people;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import kr.cjournal.newsroom.MentionLinker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linker on the labelled recognition set, with the demo directory as its directory: of the
 * labelled people the directory knows, how many it links to the right person (recall), and how
 * many of its person links are right (precision). Same-name people without context are not
 * expected to be linked, but flagged.
 */
class LinkingOnRecognitionSetTests {

	@Test
	@SuppressWarnings("unchecked")
	void linksTheDirectorysPeopleInTheLabelledSentencesPrecisely() throws IOException {
		List<NamedEntity> directory = demoDirectory();
		MentionMatcher matcher = MentionMatcher.of(directory, DirectorySnapshot.commonWords());
		int truePositives = 0;
		int falsePositives = 0;
		int falseNegatives = 0;
		int flagged = 0;
		List<String> misses = new ArrayList<>();
		for (Map<String, Object> sentence : (List<Map<String, Object>>) load("/people/recognition-set.yml")
			.get("sentences")) {
			String text = ((String) sentence.get("text")).strip();
			Set<NamedEntity> expected = new HashSet<>();
			for (Map<String, Object> person : (List<Map<String, Object>>) sentence.get("people")) {
				List<NamedEntity> named = directory.stream()
					.filter(e -> e.kind() == NamedEntity.Kind.PERSON && e.name().equals(person.get("name")))
					.toList();
				if (named.size() == 1) {
					expected.add(named.get(0));
				}
				else if (person.get("organization") != null) {
					named.stream()
						.filter(e -> e.organizations().contains(person.get("organization")))
						.forEach(expected::add);
				}
			}
			StoryMentions mentions = new StoryMentions(matcher,
					new MentionLinker.Story(null, "", "", List.of(), text, List.of()), Map.of());
			Set<NamedEntity> found = new HashSet<>();
			mentions.mentions()
				.stream()
				.map(StoryMentions.Mention::entity)
				.filter(e -> e.kind() == NamedEntity.Kind.PERSON)
				.forEach(found::add);
			flagged += mentions.undecided().size();
			for (NamedEntity entity : found) {
				if (expected.contains(entity)) {
					truePositives++;
				}
				else {
					falsePositives++;
					misses.add("wrong " + entity.name() + " in " + sentence.get("id"));
				}
			}
			for (NamedEntity entity : expected) {
				if (!found.contains(entity)) {
					falseNegatives++;
					misses.add("missed " + entity.name() + " in " + sentence.get("id"));
				}
			}
		}
		double precision = truePositives / (double) (truePositives + falsePositives);
		double recall = truePositives / (double) (truePositives + falseNegatives);
		System.out.printf("linking on the recognition set: precision %.3f, recall %.3f (%d right, %d wrong, %d missed,"
				+ " %d names flagged) %s%n", precision, recall, truePositives, falsePositives, falseNegatives, flagged, misses);

		assertThat(truePositives).isGreaterThanOrEqualTo(30);
		assertThat(precision).as("%s", misses).isGreaterThanOrEqualTo(0.97);
		assertThat(recall).as("%s", misses).isGreaterThanOrEqualTo(0.95);
		assertThat(flagged).isGreaterThanOrEqualTo(1);
	}

	/** The demo directory (demo/people.yml) as the matcher sees it, ids by position. */
	@SuppressWarnings("unchecked")
	static List<NamedEntity> demoDirectory() throws IOException {
		Map<String, Object> demo = load("/demo/people.yml");
		Map<String, List<String>> organizationNames = new HashMap<>();
		List<NamedEntity> entities = new ArrayList<>();
		long id = 1;
		for (Map<String, Object> o : (List<Map<String, Object>>) demo.get("organizations")) {
			List<String> aliases = (List<String>) o.getOrDefault("aliases", List.of());
			List<String> names = new ArrayList<>(aliases);
			names.add(0, (String) o.get("name"));
			organizationNames.put((String) o.get("key"), names);
			entities.add(new NamedEntity(NamedEntity.Kind.ORGANIZATION, id++, (String) o.get("name"), aliases, List.of(),
					List.of()));
		}
		for (Map<String, Object> p : (List<Map<String, Object>>) demo.get("people")) {
			List<String> organizations = new ArrayList<>();
			List<String> titles = new ArrayList<>();
			for (Map<String, Object> position : (List<Map<String, Object>>) p.get("positions")) {
				organizations.addAll(organizationNames.get((String) position.get("org")));
				titles.add((String) position.get("title"));
			}
			entities.add(new NamedEntity(NamedEntity.Kind.PERSON, id++, (String) p.get("name"),
					(List<String>) p.getOrDefault("aliases", List.of()), organizations, titles));
		}
		return entities;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> load(String resource) throws IOException {
		try (InputStream in = LinkingOnRecognitionSetTests.class.getResourceAsStream(resource)) {
			return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
	}
}
