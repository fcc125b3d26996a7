package kr.cjournal.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kr.cjournal.newsroom.MentionLinker;

/**
 * One story's mentions: which hits count (not the byline, not a sign-off, a common word only
 * with support), whom a shared name means (동명이인: the one whose organisation or title the
 * story names, nearest first), and which names stay undecided for the desk.
 */
final class StoryMentions implements MentionLinker.Links {

	/** Where a mention was found: the field and the offset in its plain text. */
	enum Field {
		HEADLINE, SUBTITLE, BODY, CAPTION
	}

	record Mention(Field field, NamedEntity entity, String surface, int start) {
	}

	/** A name shared by several people and nothing in the story to choose by. */
	record Undecided(String surface, List<Long> candidateIds) {
	}

	/** A reporter's sign-off or byline: 김바램 기자, 김바램 특파원, 김바램 기자 =, 김바램 wish@… (not 기자회견). */
	private static final Pattern SIGN_OFF = Pattern
		.compile("^\\s?(기자|특파원|선임기자|객원기자|통신원|논설위원)(?![가-힣])|^\\s?\\(?[\\w.+-]+@");

	/** How far (in characters) an organisation or title counts as "next to" a shared name. */
	private static final int NEAR = 40;

	/** A decision the desk made for a shared name: the chosen person, or 0 for "none of them". */
	private final Map<String, Long> choices;

	private final MentionMatcher matcher;

	private final Set<String> bylineNames;

	private final String storyText;

	private final Set<NamedEntity> unmistakable = new HashSet<>();

	private final Set<NamedEntity> linked = new HashSet<>();

	private final List<Mention> mentions = new ArrayList<>();

	private final Map<String, Undecided> undecided = new LinkedHashMap<>();

	/** Whether the story names a same-name candidate's organisation or title anywhere. */
	private final Map<NamedEntity, Boolean> inStory = new HashMap<>();

	/** The hits in each field's text, kept: rendering often asks again for the same run. */
	private final Map<String, List<MentionMatcher.Hit>> hits = new LinkedHashMap<>();

	StoryMentions(MentionMatcher matcher, MentionLinker.Story story, Map<String, Long> choices) {
		this.matcher = matcher;
		this.choices = choices;
		this.bylineNames = Set.copyOf(story.bylineNames());
		this.storyText = String.join("\n", story.headline(), story.subtitle(), String.join("\n", story.captions()),
				story.body());
		Map<Field, List<String>> fields = new LinkedHashMap<>();
		fields.put(Field.HEADLINE, List.of(story.headline()));
		fields.put(Field.SUBTITLE, List.of(story.subtitle()));
		fields.put(Field.CAPTION, story.captions());
		fields.put(Field.BODY, List.of(story.body()));
		fields.values().forEach(texts -> texts.forEach(text -> hits.computeIfAbsent(text, matcher::find)));
		hits.forEach((text, found) -> found.stream()
			.filter(hit -> !hit.common())
			.map(hit -> resolve(text, hit, false))
			.forEach(entity -> {
				if (entity != null) {
					unmistakable.add(entity);
				}
			}));
		fields.forEach((field, texts) -> texts.forEach(text -> {
			for (MentionMatcher.Hit hit : hits.get(text)) {
				NamedEntity entity = resolve(text, hit, true);
				if (entity != null) {
					mentions.add(new Mention(field, entity, hit.surface(), hit.start()));
				}
			}
		}));
	}

	@Override
	public List<MentionLinker.Link> in(String text) {
		List<MentionLinker.Link> links = new ArrayList<>();
		for (MentionMatcher.Hit hit : hits.computeIfAbsent(text, matcher::find)) {
			NamedEntity entity = resolve(text, hit, false);
			if (entity != null && linked.add(entity)) {
				links.add(new MentionLinker.Link(hit.start(), hit.end(), entity.url(), entity.kind().cssClass()));
			}
		}
		return links;
	}

	List<Mention> mentions() {
		return mentions;
	}

	List<Undecided> undecided() {
		return List.copyOf(undecided.values());
	}

	/** Whom the hit means, or null when it is no mention or cannot be decided. */
	private NamedEntity resolve(String text, MentionMatcher.Hit hit, boolean flagUndecided) {
		if (bylineNames.contains(hit.surface()) || isSignOff(text, hit)) {
			return null;
		}
		NamedEntity entity = hit.candidates().size() == 1 ? hit.candidates().get(0)
				: choose(text, hit, flagUndecided);
		if (entity == null || !hit.common()) {
			return entity;
		}
		return unmistakable.contains(entity) || titleFollows(text, hit, entity) ? entity : null;
	}

	private static boolean isSignOff(String text, MentionMatcher.Hit hit) {
		return hit.candidates().stream().anyMatch(e -> e.kind() == NamedEntity.Kind.PERSON)
				&& SIGN_OFF.matcher(text.subSequence(hit.end(), Math.min(text.length(), hit.end() + 40))).find();
	}

	private static boolean titleFollows(String text, MentionMatcher.Hit hit, NamedEntity entity) {
		String after = text.substring(hit.end(), Math.min(text.length(), hit.end() + 20)).stripLeading();
		return entity.titles().stream().anyMatch(after::startsWith);
	}

	/** 동명이인: the desk's choice, else the candidate with context nearest the mention, else in the story. */
	private NamedEntity choose(String text, MentionMatcher.Hit hit, boolean flagUndecided) {
		Long chosen = choices.get(hit.surface());
		if (chosen != null) {
			return hit.candidates().stream().filter(e -> e.id() == chosen).findFirst().orElse(null);
		}
		NamedEntity nearest = null;
		int best = NEAR + 1;
		boolean tie = false;
		for (NamedEntity candidate : hit.candidates()) {
			int distance = candidate.nearestContext(text, hit.start(), NEAR);
			if (distance < best) {
				best = distance;
				nearest = candidate;
				tie = false;
			}
			else if (distance == best) {
				tie = true;
			}
		}
		if (nearest != null && !tie) {
			return nearest;
		}
		List<NamedEntity> named = hit.candidates()
			.stream()
			.filter(candidate -> inStory.computeIfAbsent(candidate, c -> c.hasContextIn(storyText)))
			.toList();
		if (named.size() == 1) {
			return named.get(0);
		}
		if (flagUndecided && hit.candidates().stream().allMatch(e -> e.kind() == NamedEntity.Kind.PERSON)) {
			undecided.putIfAbsent(hit.surface(),
					new Undecided(hit.surface(), hit.candidates().stream().map(NamedEntity::id).sorted().toList()));
		}
		return null;
	}
}
