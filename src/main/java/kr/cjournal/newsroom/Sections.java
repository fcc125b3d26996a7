package kr.cjournal.newsroom;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.cjournal.accounts.Actor;

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

	/** Adds a section (parent null) or subsection at the end; admins only. */
	@Transactional
	public Section add(Actor actor, Long parentId, String slug, String name) {
		requireAdmin(actor);
		Section parent = parentId == null ? null : byId(parentId);
		if (parent != null && parent.isSubsection()) {
			throw NewsroomRefusal.invalid("parentId", "하위 섹션 아래에는 섹션을 둘 수 없습니다.");
		}
		String checkedSlug = checkSlug(slug);
		String checkedName = checkName(name);
		List<Section> siblings = parent == null ? topLevel() : childrenOf(parent);
		if (siblings.stream().anyMatch(s -> s.slug().equals(checkedSlug))) {
			throw NewsroomRefusal.invalid("slug", "같은 자리에 이미 '" + checkedSlug + "' 주소를 쓰는 섹션이 있습니다.");
		}
		return create(parent, checkedSlug, checkedName, siblings.size());
	}

	/** Renames a section and changes its address; its subsections' addresses follow. */
	@Transactional
	public void update(Actor actor, long id, String slug, String name) {
		requireAdmin(actor);
		Section section = byId(id);
		String checkedSlug = checkSlug(slug);
		String checkedName = checkName(name);
		String path = section.parentId() == null ? checkedSlug : byId(section.parentId()).path() + "/" + checkedSlug;
		if (!path.equals(section.path()) && byPath(path).isPresent()) {
			throw NewsroomRefusal.invalid("slug", "같은 자리에 이미 '" + checkedSlug + "' 주소를 쓰는 섹션이 있습니다.");
		}
		jdbc.sql("update sections set slug = ?, path = ?, name = ? where id = ?").params(checkedSlug, path, checkedName, id).update();
		for (Section child : childrenOf(section)) {
			jdbc.sql("update sections set path = ? where id = ?").params(path + "/" + child.slug(), child.id()).update();
		}
		snapshot = null;
	}

	/** Moves a section one place up (-1) or down (+1) among its siblings. */
	@Transactional
	public void move(Actor actor, long id, int direction) {
		requireAdmin(actor);
		Section section = byId(id);
		List<Section> siblings = new java.util.ArrayList<>(
				section.parentId() == null ? topLevel() : childrenOf(byId(section.parentId())));
		int from = siblings.indexOf(section);
		int to = from + Integer.signum(direction);
		if (to < 0 || to >= siblings.size()) {
			return;
		}
		siblings.remove(from);
		siblings.add(to, section);
		for (int i = 0; i < siblings.size(); i++) {
			jdbc.sql("update sections set position = ? where id = ?").params(i, siblings.get(i).id()).update();
		}
		snapshot = null;
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw NewsroomRefusal.notAllowed("섹션은 관리자만 바꿀 수 있습니다.");
		}
	}

	private static String checkSlug(String slug) {
		String value = slug == null ? "" : slug.strip().toLowerCase(java.util.Locale.ROOT);
		if (!value.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw NewsroomRefusal.invalid("slug", "주소(slug)는 영문 소문자, 숫자, 하이픈으로 40자까지 써 주세요.");
		}
		return value;
	}

	private static String checkName(String name) {
		String value = name == null ? "" : name.strip();
		if (value.isEmpty() || value.length() > 30) {
			throw NewsroomRefusal.invalid("name", "섹션 이름을 30자 안으로 써 주세요.");
		}
		return value;
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
