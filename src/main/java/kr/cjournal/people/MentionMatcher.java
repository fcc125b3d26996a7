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

	/** One trie and the entities it was built from. */
	private record Layer(PayloadTrie<Surface> trie, List<NamedEntity> entities, int surfaces) {

		static final Layer EMPTY = new Layer(null, List.of(), 0);

		static Layer of(List<NamedEntity> entities, Set<String> commonWords) {
			if (entities.isEmpty()) {
				return EMPTY;
			}
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
			return new Layer(builder.build(), List.copyOf(entities), bySurface.size());
		}
	}

	/** The fewest entities added since the last whole build that lead to another whole build. */
	static final int SMALL_LAYER = 2_000;

	private static final Comparator<Hit> LEFTMOST_LONGEST = Comparator.comparingInt(Hit::start)
		.thenComparing(Comparator.comparingInt(Hit::end).reversed());

	// An import adds a few hundred names a batch to tens of thousands: rebuilding one trie of all
	// of them each time cost 100-300 ms a batch. New names go to a small trie, rebuilt alone, until
	// it holds a quarter as many as the base; then both become one base again. A name is rebuilt
	// O(log n) times as a base, and a text is searched twice.
	private final Layer base;

	private final Layer small;

	private final Set<String> commonWords;

	private MentionMatcher(Layer base, Layer small, Set<String> commonWords) {
		this.base = base;
		this.small = small;
		this.commonWords = commonWords;
	}

	/**
	 * A matcher for the entities' names and aliases. Names of one character are left out; those in
	 * {@code commonWords} are found but marked, so they are only linked with support from the story.
	 */
	public static MentionMatcher of(Collection<NamedEntity> entities, Set<String> commonWords) {
		Set<String> common = Set.copyOf(commonWords);
		return new MentionMatcher(Layer.of(List.copyOf(entities), common), Layer.EMPTY, common);
	}

	/**
	 * This matcher and entities new to the directory (none of them known here before): the same
	 * hits as {@link #of} all of them would give, without building the whole matcher again.
	 */
	public MentionMatcher plus(Collection<NamedEntity> added) {
		if (added.isEmpty()) {
			return this;
		}
		List<NamedEntity> newSmall = concat(small.entities(), added);
		if (newSmall.size() <= Math.max(SMALL_LAYER, base.entities().size() / 4)) {
			return new MentionMatcher(base, Layer.of(newSmall, commonWords), commonWords);
		}
		return new MentionMatcher(Layer.of(concat(base.entities(), newSmall), commonWords), Layer.EMPTY, commonWords);
	}

	private static List<NamedEntity> concat(List<NamedEntity> first, Collection<NamedEntity> second) {
		List<NamedEntity> all = new ArrayList<>(first.size() + second.size());
		all.addAll(first);
		all.addAll(second);
		return all;
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
		boolean layered = false;
		for (Layer layer : List.of(base, small)) {
			if (layer.trie() == null) {
				continue;
			}
			layered |= !all.isEmpty();
			layer.trie().parseText(text, emit -> {
				int start = emit.getStart();
				int end = emit.getEnd() + 1;
				String surface = emit.getKeyword();
				if (KoreanBoundaries.startsAt(text, start, surface) && KoreanBoundaries.endsAt(text, end, surface)) {
					all.add(new Hit(start, end, surface, emit.getPayload().entities(), emit.getPayload().common()));
				}
				return true;
			});
		}
		all.sort(LEFTMOST_LONGEST);
		List<Hit> kept = new ArrayList<>(all.size());
		int covered = 0;
		for (Hit hit : all) {
			if (hit.start() >= covered) {
				kept.add(hit);
				covered = hit.end();
			}
			else if (layered && !kept.isEmpty() && sameSpan(kept.get(kept.size() - 1), hit)) {
				// The same name in two layers (a new person named like an older company): everyone who goes by it.
				kept.set(kept.size() - 1, merged(kept.get(kept.size() - 1), hit));
			}
		}
		return kept;
	}

	private static boolean sameSpan(Hit a, Hit b) {
		return a.start() == b.start() && a.end() == b.end();
	}

	private static Hit merged(Hit a, Hit b) {
		List<NamedEntity> candidates = new ArrayList<>(a.candidates());
		b.candidates().stream().filter(entity -> !candidates.contains(entity)).forEach(candidates::add);
		return new Hit(a.start(), a.end(), a.surface(), List.copyOf(candidates), a.common() || b.common());
	}

	/** A story's links as the newsroom gets them, with no desk choices (for benchmarks and tools). */
	public MentionLinker.Links prepare(MentionLinker.Story story) {
		return new StoryMentions(this, story, Map.of());
	}

	/** How many distinct names and aliases it knows (a name in two layers counts twice). */
	public int surfaces() {
		return base.surfaces() + small.surfaces();
	}
}
