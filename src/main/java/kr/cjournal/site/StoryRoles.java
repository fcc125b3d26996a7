package kr.cjournal.site;

import java.time.LocalDate;
import java.util.List;

import kr.cjournal.people.Position;

/**
 * The title a person held when a story was published, where it differs from today's: readers of
 * an old story about 부사장 김민수 should see that he is 사장 now ({@code 당시 부사장 · 현 사장}).
 */
final class StoryRoles {

	private StoryRoles() {
	}

	/**
	 * @param positions the person's positions, current ones first (as the directory lists them)
	 * @return the label, or null when the title then is today's or unknown
	 */
	static String label(List<Position> positions, LocalDate storyDay) {
		List<Position> heldThen = positions.stream().filter(p -> p.heldOn(storyDay)).toList();
		if (heldThen.isEmpty() || heldThen.stream().anyMatch(Position::isCurrent)) {
			return null; // unknown, or a title still held
		}
		Position now = positions.stream().filter(Position::isCurrent).findFirst().orElse(null);
		Position held = heldThen.stream()
			.filter(p -> now != null && p.organizationId() == now.organizationId())
			.findFirst()
			.orElse(heldThen.get(0));
		if (now == null) {
			return "당시 " + held.organizationName() + " " + held.title();
		}
		if (held.organizationId() == now.organizationId()) {
			return held.title().equals(now.title()) ? null : "당시 " + held.title() + " · 현 " + now.title();
		}
		return "당시 " + held.organizationName() + " " + held.title() + " · 현 " + now.organizationName() + " "
				+ now.title();
	}
}
