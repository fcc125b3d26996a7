package kr.cjournal.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ahocorasick.trie.PayloadTrie;

import kr.cjournal.newsroom.MentionLinker;

/**
 * Finds the directory's names and aliases in text in one Aho-Corasick pass. A hit counts only as
 * a whole word (a Korean particle may follow); of overlapping hits the leftmost, then the
 * longest wins (SK하이닉스 over SK, 한울전자 over 한울). Built once from a snapshot of the
 * directory and shared; immutable, so any number of stories can use it at once.
 */
public final class MentionMatcher {

	/** A name found at {@code [start, end)}: everyone who goes by it, and whether it is also a common word. */
	public record Hit(int start, int end, String surface, List<NamedEntity> candidates, boolean common) {
	}

	private record Surface(List<NamedEntity> entities, boolean common) {
	}

	private static final Comparator<Hit> LEFTMOST_LONGEST = Comparator.comparingInt(Hit::start)
		.thenComparing(Comparator.comparingInt(Hit::end).reversed());

	private final PayloadTrie<Surface> trie;

	private final int surfaces;

	private MentionMatcher(PayloadTrie<Surface> trie, int surfaces) {
		this.trie = trie;
		this.surfaces = surfaces;
	}

	/**
	 * A matcher for the entities' names and aliases. Names of one character are left out; those in
	 * {@code commonWords} are found but marked, so they are only linked with support from the story.
	 */
	public static MentionMatcher of(Collection<NamedEntity> entities, Set<String> commonWords) {
		Map<String, List<NamedEntity>> bySurface = new HashMap<>();
		for (NamedEntity entity : entities) {
			add(bySurface, entity.name(), entity);
			for (String alias : entity.aliases()) {
				add(bySurface, alias, entity);
			}
		}
		PayloadTrie.PayloadTrieBuilder<Surface> builder = PayloadTrie.builder();
		bySurface.forEach((surface, named) -> builder.addKeyword(surface,
				new Surface(List.copyOf(named), commonWords.contains(surface))));
		return new MentionMatcher(builder.build(), bySurface.size());
	}

	private static void add(Map<String, List<NamedEntity>> bySurface, String surface, NamedEntity entity) {
		String name = surface == null ? "" : surface.strip();
		if (name.length() < 2) {
			return;
		}
		List<NamedEntity> named = bySurface.computeIfAbsent(name, k -> new ArrayList<>(1));
		if (!named.contains(entity)) {
			named.add(entity);
		}
	}

	/** The whole-word hits in {@code text}, left to right, none overlapping. */
	public List<Hit> find(CharSequence text) {
		List<Hit> all = new ArrayList<>();
		trie.parseText(text, emit -> {
			int start = emit.getStart();
			int end = emit.getEnd() + 1;
			String surface = emit.getKeyword();
			if (KoreanBoundaries.startsAt(text, start, surface) && KoreanBoundaries.endsAt(text, end, surface)) {
				all.add(new Hit(start, end, surface, emit.getPayload().entities(), emit.getPayload().common()));
			}
			return true;
		});
		all.sort(LEFTMOST_LONGEST);
		List<Hit> kept = new ArrayList<>(all.size());
		int covered = 0;
		for (Hit hit : all) {
			if (hit.start() >= covered) {
				kept.add(hit);
				covered = hit.end();
			}
		}
		return kept;
	}

	/** A story's links as the newsroom gets them, with no desk choices (for benchmarks and tools). */
	public MentionLinker.Links prepare(MentionLinker.Story story) {
		return new StoryMentions(this, story, Map.of());
	}

	/** How many distinct names and aliases it knows. */
	public int surfaces() {
		return surfaces;
	}
}
