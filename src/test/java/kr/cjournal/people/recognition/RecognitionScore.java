package kr.cjournal.people.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import kr.cjournal.people.recognition.Recognition.PersonMention;

/**
 * Precision and recall of person recognition on a labelled set (src/test/resources/people/*.yml),
 * from the patterns alone: the directory is empty, so nothing is found by looking a name up. A
 * labelled person is found when a recognised entry has the same name at (or within {@link #NEAR}
 * characters of) the labelled first mention; every other recognised entry is a false find.
 */
record RecognitionScore(int sentences, int labelled, int predicted, int found, int organizationsAgree,
		int titlesAgree, List<String> misses) {

	/** The issue's thresholds, for every labelled set. */
	static final double MIN_PRECISION = 0.9;

	static final double MIN_RECALL = 0.85;

	/** How far (in UTF-16 units) a recognised start may be from the labelled first mention. */
	static final int NEAR = 3;

	double precision() {
		return this.predicted == 0 ? 0 : (double) this.found / this.predicted;
	}

	double recall() {
		return this.labelled == 0 ? 0 : (double) this.found / this.labelled;
	}

	/** Prints the numbers and every miss, difference and false find. */
	RecognitionScore print(String setName) {
		System.out.printf("Person recognition on %s, %d sentences: %d labelled, %d recognised, %d right%n", setName,
				this.sentences, this.labelled, this.predicted, this.found);
		System.out.printf("precision %.3f, recall %.3f; organisation agrees %d/%d, title agrees %d/%d%n", precision(),
				recall(), this.organizationsAgree, this.found, this.titlesAgree, this.found);
		this.misses.forEach(System.out::println);
		return this;
	}

	@SuppressWarnings("unchecked")
	static RecognitionScore of(String resource) {
		List<Map<String, Object>> sentences;
		try (InputStream in = RecognitionScore.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no labelled set at " + resource);
			}
			sentences = (List<Map<String, Object>>) ((Map<String, Object>) new Yaml(
					new SafeConstructor(new LoaderOptions())).load(in)).get("sentences");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int labelled = 0;
		int predicted = 0;
		int found = 0;
		int organizationsAgree = 0;
		int titlesAgree = 0;
		List<String> misses = new ArrayList<>();
		for (Map<String, Object> sentence : sentences) {
			String text = (String) sentence.get("text");
			List<Map<String, Object>> people = (List<Map<String, Object>>) sentence.get("people");
			List<PersonMention> recognised = new ArrayList<>(StoryReader.read(text, KnownDirectory.EMPTY).mentions());
			labelled += people.size();
			predicted += recognised.size();
			for (Map<String, Object> person : people) {
				String name = (String) person.get("name");
				int expected = labelledStart(text, name, (String) person.get("organization"));
				PersonMention match = recognised.stream()
					.filter(m -> m.name().equals(name) && Math.abs(m.start() - expected) <= NEAR)
					.findFirst()
					.orElse(null);
				if (match == null) {
					misses.add("missed #" + sentence.get("id") + " " + name);
					continue;
				}
				recognised.remove(match);
				found++;
				boolean organizationAgrees = Objects.equals(match.organization(), person.get("organization"));
				boolean titleAgrees = Objects.equals(match.title(), person.get("title"));
				organizationsAgree += organizationAgrees ? 1 : 0;
				titlesAgree += titleAgrees ? 1 : 0;
				if (!organizationAgrees || !titleAgrees) {
					misses.add("differs #" + sentence.get("id") + " " + name + ": " + match.organization() + " / "
							+ match.title() + " (labelled " + person.get("organization") + " / " + person.get("title") + ")");
				}
			}
			recognised.forEach(extra -> misses.add("wrong #" + sentence.get("id") + " " + extra));
		}
		return new RecognitionScore(sentences.size(), labelled, predicted, found, organizationsAgree, titlesAgree,
				List.copyOf(misses));
	}

	/**
	 * Where the label's first mention is: the occurrence of the name nearest its organisation when
	 * it has one (two 김민수 in one sentence), else the first occurrence.
	 */
	static int labelledStart(String text, String name, String organization) {
		int best = text.indexOf(name);
		if (organization == null) {
			return best;
		}
		int bestDistance = Integer.MAX_VALUE;
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			for (int org = text.indexOf(organization); org >= 0; org = text.indexOf(organization, org + 1)) {
				int distance = Math.abs(org - at);
				if (distance < bestDistance) {
					bestDistance = distance;
					best = at;
				}
			}
		}
		return best;
	}
}
