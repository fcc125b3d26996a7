package kr.cjournal.comments.filter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The filter's words: the lists shipped in {@code src/main/resources/comments/filter/} (profanity,
 * insults, slurs, initials, allow) plus what moderators added. A block line may hold choices in
 * brackets, {@code [씨시쒸]발} being 씨발, 시발 and 쒸발; a space in an allow entry may or may not be
 * typed ({@code 수박 씨 발라} also allows 수박씨발라).
 */
record WordLists(List<Word> blocked, List<String> allowed) {

	/** A word to block and what kind of abuse it is. */
	record Word(String text, Screening.Category category) {
	}

	private static final String FOLDER = "/comments/filter/";

	/** How many spellings one bracketed line may stand for. */
	private static final int MAX_EXPANSIONS = 512;

	WordLists {
		blocked = List.copyOf(blocked);
		allowed = List.copyOf(allowed);
	}

	static WordLists shipped() {
		List<Word> blocked = new ArrayList<>();
		read("profanity.txt").forEach(line -> expand(line).forEach(w -> blocked.add(new Word(w, Screening.Category.PROFANITY))));
		read("insults.txt").forEach(line -> expand(line).forEach(w -> blocked.add(new Word(w, Screening.Category.INSULT))));
		read("slurs.txt").forEach(line -> expand(line).forEach(w -> blocked.add(new Word(w, Screening.Category.SLUR))));
		for (String line : read("initials.txt")) {
			String[] parts = line.split("\\s+");
			Screening.Category category = parts.length > 1 ? Screening.Category.valueOf(parts[1])
					: Screening.Category.PROFANITY;
			blocked.add(new Word(parts[0], category));
		}
		return new WordLists(blocked, read("allow.txt"));
	}

	/** These lists with more words, blocked or allowed. */
	WordLists with(List<Word> moreBlocked, List<String> moreAllowed) {
		List<Word> b = new ArrayList<>(blocked);
		b.addAll(moreBlocked);
		List<String> a = new ArrayList<>(allowed);
		a.addAll(moreAllowed);
		return new WordLists(b, a);
	}

	static List<String> read(String name) {
		try (InputStream in = WordLists.class.getResourceAsStream(FOLDER + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing word list " + FOLDER + name);
			}
			List<String> lines = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					lines.add(entry);
				}
			}
			return lines;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every spelling a line with bracketed choices stands for. */
	static List<String> expand(String line) {
		List<String> out = new ArrayList<>();
		out.add("");
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			String choices;
			int close = c == '[' ? line.indexOf(']', i) : -1;
			if (close > i) {
				choices = line.substring(i + 1, close);
				i = close + 1;
			}
			else {
				choices = String.valueOf(c);
				i++;
			}
			if (out.size() * choices.length() > MAX_EXPANSIONS) {
				throw new IllegalArgumentException("Too many spellings in word list line: " + line);
			}
			List<String> next = new ArrayList<>(out.size() * choices.length());
			for (String prefix : out) {
				for (int k = 0; k < choices.length(); k++) {
					next.add(prefix + choices.charAt(k));
				}
			}
			out = next;
		}
		return out;
	}

	/** An allow entry with and without each of its spaces. */
	static List<String> spacings(String entry) {
		List<String> out = new ArrayList<>();
		out.add("");
		String[] parts = entry.strip().split("\\s+");
		out.set(0, parts[0]);
		for (int p = 1; p < parts.length && out.size() < MAX_EXPANSIONS; p++) {
			List<String> next = new ArrayList<>();
			for (String prefix : out) {
				next.add(prefix + parts[p]);
				next.add(prefix + " " + parts[p]);
			}
			out = next;
		}
		return out;
	}
}
