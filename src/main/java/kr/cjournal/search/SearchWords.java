package kr.cjournal.search;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.FieldErrors;
import kr.cjournal.core.Refusal;
import kr.cjournal.people.DirectorySnapshot;
import kr.cjournal.people.NamedEntity;

/**
 * The words the search analyser knows beyond Nori's own dictionary: what admins keep on the
 * search page (a user dictionary and synonym groups), and the directory's names and aliases
 * (each person's and company's names one synonym group, names without spaces dictionary words).
 * A change is used from the next reindex on: the index's words must be those of its analyser.
 */
@Component
public class SearchWords {

	/** What the analyser gets: user-dictionary lines and synonym groups. */
	public record Words(List<String> dictionary, List<List<String>> synonyms) {

		public Words {
			dictionary = List.copyOf(dictionary);
			synonyms = synonyms.stream().map(List::copyOf).toList();
		}
	}

	/** What an admin keeps, as typed. */
	public record Kept(String dictionary, String synonyms, OffsetDateTime updatedAt, String updatedBy) {
	}

	static final int MAX_LINES = 5_000;

	static final int MAX_LINE = 100;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** A directory name the user dictionary takes as it is: letters and digits only. */
	private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&.+\\-]*");

	private final JdbcClient jdbc;

	private final Clock clock;

	SearchWords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Kept kept() {
		Map<String, String> bodies = new LinkedHashMap<>();
		OffsetDateTime[] at = { null };
		String[] by = { null };
		jdbc.sql("select kind, body, updated_at, updated_by from search_vocabulary order by updated_at").query(rs -> {
			bodies.put(rs.getString("kind"), rs.getString("body"));
			at[0] = rs.getObject("updated_at", OffsetDateTime.class);
			by[0] = rs.getString("updated_by");
		});
		return new Kept(bodies.getOrDefault("dictionary", ""), bodies.getOrDefault("synonyms", ""), at[0], by[0]);
	}

	/** Checks and keeps both lists (admins only); refused with the field and the line when a line is wrong. */
	@Transactional
	public void keep(Actor actor, String dictionary, String synonyms) {
		if (!actor.isAdmin()) {
			throw Refusal.notAllowed("관리자만 검색 사전을 고칠 수 있습니다.");
		}
		String cleanDictionary = normalised(dictionary);
		String cleanSynonyms = normalised(synonyms);
		FieldErrors errors = new FieldErrors();
		check(errors, "dictionary", cleanDictionary, SearchWords::dictionaryLine);
		check(errors, "synonyms", cleanSynonyms, SearchWords::synonymLine);
		if (!errors.has("dictionary")) {
			try {
				// What Nori itself refuses (it would keep the analyser from being built).
				org.apache.lucene.analysis.ko.dict.UserDictionary.open(new java.io.StringReader(String.join("\n", lines(cleanDictionary))));
			}
			catch (java.io.IOException | RuntimeException refused) {
				errors.add("dictionary", "형태소 분석기가 받아들이지 않는 줄이 있습니다: " + refused.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			Map.Entry<String, String> first = errors.asMap().entrySet().iterator().next();
			throw Refusal.invalid(first.getKey(), first.getValue());
		}
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		store("dictionary", cleanDictionary, now, actor.username());
		store("synonyms", cleanSynonyms, now, actor.username());
	}

	private void store(String kind, String body, OffsetDateTime now, String by) {
		int updated = jdbc.sql("update search_vocabulary set body = ?, updated_at = ?, updated_by = ? where kind = ?")
			.params(body, now, by, kind)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into search_vocabulary (kind, body, updated_at, updated_by) values (?, ?, ?, ?)")
				.params(kind, body, now, by)
				.update();
		}
	}

	/** The words for a new analyser: the admins' lists and the directory's names. */
	public Words current() {
		Kept kept = kept();
		Set<String> dictionary = new LinkedHashSet<>();
		lines(kept.dictionary()).forEach(dictionary::add);
		List<List<String>> synonyms = new ArrayList<>();
		lines(kept.synonyms()).forEach(line -> synonyms.add(synonymGroup(line)));
		Set<String> words = new LinkedHashSet<>();
		dictionary.forEach(line -> words.add(SPACES.split(line)[0]));
		for (NamedEntity entity : DirectorySnapshot.entities(jdbc)) {
			List<String> names = new ArrayList<>();
			names.add(entity.name());
			names.addAll(entity.aliases());
			List<String> group = new ArrayList<>();
			for (String name : names) {
				String clean = name == null ? "" : name.strip();
				if (clean.length() >= 2 && clean.length() <= MAX_LINE && !group.contains(clean)) {
					group.add(clean);
				}
				// A name of one word is a dictionary word, so Nori does not cut it (홍길동 -> 홍 + 길동).
				if (clean.length() >= 2 && clean.length() <= 20 && NAME_WORD.matcher(clean).matches() && words.add(clean)) {
					dictionary.add(clean);
				}
			}
			if (group.size() > 1) {
				synonyms.add(group);
			}
		}
		return new Words(List.copyOf(dictionary), synonyms);
	}

	private interface LineCheck {

		/** Null when the line is fine, else why not. */
		String problem(String line);
	}

	private static void check(FieldErrors errors, String field, String body, LineCheck check) {
		List<String> lines = lines(body);
		if (lines.size() > MAX_LINES) {
			errors.add(field, "한 번에 " + MAX_LINES + "줄까지 둘 수 있습니다.");
			return;
		}
		for (int i = 0; i < lines.size(); i++) {
			String problem = check.problem(lines.get(i));
			if (problem != null) {
				errors.add(field, (i + 1) + "번째 줄: " + problem);
				return;
			}
		}
	}

	static String dictionaryLine(String line) {
		if (line.length() > MAX_LINE) {
			return MAX_LINE + "자 안으로 써 주세요.";
		}
		String[] parts = SPACES.split(line);
		for (String part : parts) {
			if (!WORD.matcher(part).matches()) {
				return "'" + part + "'에는 글자와 숫자만 쓸 수 있습니다.";
			}
		}
		if (parts.length > 1 && !String.join("", java.util.Arrays.copyOfRange(parts, 1, parts.length)).equals(parts[0])) {
			return "나눈 부분을 이으면 '" + parts[0] + "'이 되어야 합니다 (예: SK하이닉스 SK 하이닉스).";
		}
		return null;
	}

	static String synonymLine(String line) {
		if (line.length() > MAX_LINE * 3) {
			return (MAX_LINE * 3) + "자 안으로 써 주세요.";
		}
		List<String> group = synonymGroup(line);
		if (group.size() < 2) {
			return "같은 뜻의 말을 쉼표로 나눠 두 개 이상 써 주세요 (예: 마이크로소프트, MS, Microsoft).";
		}
		for (String term : group) {
			if (term.length() > MAX_LINE || term.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c) && c != ' '
					&& "&.+-".indexOf(c) < 0)) {
				return "'" + term + "'에는 글자, 숫자, 띄어쓰기만 쓸 수 있습니다.";
			}
		}
		return null;
	}

	static List<String> synonymGroup(String line) {
		List<String> group = new ArrayList<>();
		for (String term : line.split(",")) {
			String clean = SPACES.matcher(term.strip()).replaceAll(" ");
			if (!clean.isEmpty() && group.stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).equals(clean.toLowerCase(Locale.ROOT)))) {
				group.add(clean);
			}
		}
		return group;
	}

	/** Lines without comments (#) and blanks. */
	static List<String> lines(String body) {
		List<String> lines = new ArrayList<>();
		for (String line : body.split("\n")) {
			String clean = line.strip();
			if (!clean.isEmpty() && !clean.startsWith("#")) {
				lines.add(clean);
			}
		}
		return lines;
	}

	/** One kind of line break, no control characters, at most what the column holds. */
	private static String normalised(String text) {
		String body = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder clean = new StringBuilder(body.length());
		body.codePoints().filter(c -> c == '\n' || !Character.isISOControl(c)).forEach(clean::appendCodePoint);
		if (clean.length() > 190_000) {
			throw Refusal.invalid("dictionary", "목록이 너무 깁니다. 줄 수를 줄여 주세요.");
		}
		return clean.toString().strip();
	}
}
