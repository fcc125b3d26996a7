package kr.cjournal.newsroom;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The paper's sections. There are a few dozen at most and they change rarely, so they are held
 * in memory and reloaded after every change: a page never queries them.
 */
@Component
public class Sections {

	private static final Comparator<Section> ORDER = Comparator.comparingInt(Section::position)
		.thenComparingLong(Section::id);

	private final JdbcClient jdbc;

	private volatile Snapshot snapshot;

	Sections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Top-level sections in the order of the paper's navigation. */
	public List<Section> topLevel() {
		return snapshot().topLevel;
	}

	public List<Section> childrenOf(Section section) {
		return snapshot().children.getOrDefault(section.id(), List.of());
	}

	public Optional<Section> byPath(String path) {
		return Optional.ofNullable(snapshot().byPath.get(path));
	}

	public Section byId(long id) {
		Section section = snapshot().byId.get(id);
		if (section == null) {
			throw new IllegalStateException("No section " + id);
		}
		return section;
	}

	public boolean exists(long id) {
		return snapshot().byId.containsKey(id);
	}

	/** The section itself when it is top-level, else its parent. */
	public Section topOf(Section section) {
		return section.parentId() == null ? section : byId(section.parentId());
	}

	Section create(Section parent, String slug, String name, int position) {
		String path = parent == null ? slug : parent.path() + "/" + slug;
		jdbc.sql("insert into sections (parent_id, slug, path, name, position) values (?, ?, ?, ?, ?)")
			.params(parent == null ? null : parent.id(), slug, path, name, position)
			.update();
		snapshot = null;
		return byPath(path).orElseThrow();
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null) {
			current = load();
			snapshot = current;
		}
		return current;
	}

	private Snapshot load() {
		List<Section> all = jdbc.sql("select id, parent_id, slug, path, name, position from sections")
			.query((rs, n) -> new Section(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class),
					rs.getString("slug"), rs.getString("path"), rs.getString("name"), rs.getInt("position")))
			.list()
			.stream()
			.sorted(ORDER)
			.toList();
		return new Snapshot(all.stream().filter(s -> s.parentId() == null).toList(),
				all.stream()
					.filter(Section::isSubsection)
					.collect(Collectors.groupingBy(Section::parentId, Collectors.toUnmodifiableList())),
				all.stream().collect(Collectors.toUnmodifiableMap(Section::path, Function.identity())),
				all.stream().collect(Collectors.toUnmodifiableMap(Section::id, Function.identity())));
	}

	private record Snapshot(List<Section> topLevel, Map<Long, List<Section>> children, Map<String, Section> byPath,
			Map<Long, Section> byId) {
	}
}
