package kr.cjournal.people.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.cjournal.people.recognition.MentionFinder.Found;
import kr.cjournal.people.recognition.Recognition.OrganizationMention;
import kr.cjournal.people.recognition.Recognition.PersonMention;

/** Reads one text against a directory snapshot: the people and organisations it names. */
final class StoryReader {

	/** An HTML tag in pasted text; blanked out so offsets stay those of the text. */
	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");

	/**
	 * A reporter's sign-off at the end of a line: 김바램 기자, 정다솜 기자 dasom@…. Possessive, so
	 * that a long run after 기자 that is no address (@@@@…) is given up at once, not backtracked.
	 */
	private static final Pattern SIGN_OFF = Pattern
		.compile("(?m)[가-힣]{2,4}\\s기자(?:[ \\t]++[^\\s@]++@\\S++)?[ \\t]*+$");

	/** How far past a name a particle can reach: the longest of them. */
	private static final int LONGEST_PARTICLE = Lexicon.PARTICLES.get(0).length();

	private StoryReader() {
	}

	static Recognition read(String text, KnownDirectory known) {
		String story = story(text);
		MentionFinder finder = new MentionFinder(story, known::isOrganization).find();
		List<Person> people = group(finder.people());
		moveToFirstMention(people, story, finder);
		List<PersonMention> mentions = people.stream()
			.sorted(Comparator.comparingInt(p -> p.start))
			.map(p -> new PersonMention(p.name, p.organization, p.title, p.start, p.end,
					known.personId(p.name, p.organization, p.title)))
			.toList();
		return new Recognition(mentions, organizations(story, finder, known));
	}

	/**
	 * The text with HTML tags blanked and cut after the reporter's closing sign-off: what follows it
	 * on a captured page (other stories' headlines, the comment box) is not this story.
	 */
	static String story(String text) {
		Matcher tags = TAG.matcher(text);
		StringBuilder blanked = new StringBuilder(text);
		while (tags.find()) {
			for (int i = tags.start(); i < tags.end(); i++) {
				blanked.setCharAt(i, ' ');
			}
		}
		String story = blanked.toString();
		int firstSentence = story.indexOf("다.");
		Matcher signOff = SIGN_OFF.matcher(story);
		while (firstSentence >= 0 && signOff.find()) {
			if (firstSentence + 2 <= signOff.start()) {
				return story.substring(0, signOff.end());
			}
		}
		return story;
	}

	private static final class Person {

		final String name;

		String organization;

		String title;

		int start;

		int end;

		Person(Found found) {
			this.name = found.name();
			this.organization = found.organization();
			this.title = found.title();
			this.start = found.start();
			this.end = found.end();
		}
	}

	/** One person per name and organisation; a mention without an organisation joins the first of its name. */
	private static List<Person> group(List<Found> found) {
		List<Person> people = new ArrayList<>();
		Map<String, List<Person>> byName = new HashMap<>();
		for (Found mention : found) {
			if (mention.backReference()) {
				continue;
			}
			List<Person> named = byName.computeIfAbsent(mention.name(), name -> new ArrayList<>(1));
			Person same = named.stream()
				.filter(p -> p.name.equals(mention.name()))
				.filter(p -> p.organization == null || mention.organization() == null
						|| p.organization.equals(mention.organization()))
				.findFirst()
				.orElse(null);
			if (same == null) {
				Person person = new Person(mention);
				people.add(person);
				named.add(person);
				continue;
			}
			if (same.organization == null && mention.organization() != null) {
				same.organization = mention.organization();
				same.title = mention.title();
			}
			else if (same.title == null) {
				same.title = mention.title();
			}
		}
		return people;
	}

	/** The first time the text writes the name (in a headline, say) is where the person is first mentioned. */
	private static void moveToFirstMention(List<Person> people, String story, MentionFinder finder) {
		Set<String> moved = new HashSet<>();
		Set<Integer> bylines = new HashSet<>();
		for (int i = 0; i < finder.tokens().size(); i++) {
			if (finder.isByline(i)) {
				bylines.add(finder.tokens().get(i).start());
			}
		}
		for (Person person : people) {
			if (!moved.add(person.name)) {
				continue;
			}
			int at = story.indexOf(person.name);
			while (at >= 0 && at < person.start) {
				if (standsAlone(story, at, person.name) && !bylines.contains(at)) {
					person.end = at + person.name.length();
					person.start = at;
					break;
				}
				at = story.indexOf(person.name, at + 1);
			}
		}
	}

	/** Not part of a longer word: nothing letter-like before, and after it nothing or a particle. */
	private static boolean standsAlone(String text, int at, String word) {
		if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
			return false;
		}
		int end = at + word.length();
		int wordEnd = end;
		// Looking no further than the longest particle: a longer run is no particle anyway.
		while (wordEnd < text.length() && wordEnd <= end + LONGEST_PARTICLE && Lexicon.isHangul(text.charAt(wordEnd))) {
			wordEnd++;
		}
		String rest = text.substring(end, wordEnd);
		return rest.isEmpty() || Lexicon.PARTICLES.contains(rest);
	}

	/** Known organisations anywhere in the text, and those the patterns found, each once at its first mention. */
	private static List<OrganizationMention> organizations(String story, MentionFinder finder, KnownDirectory known) {
		List<OrganizationMention> all = new ArrayList<>();
		for (String name : known.organizationNames()) {
			int at = story.indexOf(name);
			while (at >= 0) {
				if (organizationStandsAlone(story, at, name)) {
					all.add(new OrganizationMention(name, at, at + name.length(), known.organizationId(name)));
				}
				at = story.indexOf(name, at + 1);
			}
		}
		for (MentionFinder.FoundOrganization found : finder.organizations()) {
			all.add(new OrganizationMention(found.name(), found.start(), found.end(), known.organizationId(found.name())));
		}
		all.sort(Comparator.comparingInt(OrganizationMention::start)
			.thenComparing(Comparator.comparingInt(OrganizationMention::end).reversed()));
		Map<Object, OrganizationMention> distinct = new LinkedHashMap<>();
		int coveredUntil = -1;
		for (OrganizationMention mention : all) {
			if (mention.start() < coveredUntil) {
				continue;
			}
			coveredUntil = mention.end();
			Object key = mention.organizationId() != null ? mention.organizationId()
					: Lexicon.organizationName(mention.name());
			distinct.putIfAbsent(Objects.requireNonNull(key), mention);
		}
		return List.copyOf(distinct.values());
	}

	private static boolean organizationStandsAlone(String text, int at, String name) {
		if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
			return false;
		}
		int end = at + name.length();
		int wordEnd = end;
		while (wordEnd < text.length() && wordEnd <= end + LONGEST_PARTICLE
				&& Character.isLetterOrDigit(text.charAt(wordEnd))) {
			wordEnd++;
		}
		String rest = text.substring(end, wordEnd);
		return rest.isEmpty() || Lexicon.PARTICLES.contains(rest) || rest.startsWith("장");
	}
}
