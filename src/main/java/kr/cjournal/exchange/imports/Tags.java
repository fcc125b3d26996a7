package kr.cjournal.exchange.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kr.cjournal.newsroom.Draft;

/** The tags an imported story keeps: the first {@value Draft#TAGS_MAX} that fit, the rest reported. */
final class Tags {

	static final int TAG_MAX = 40;

	private Tags() {
	}

	static List<String> kept(List<String> tags, List<ImportRecord.Problem> problems) {
		Set<String> kept = new LinkedHashSet<>();
		for (String tag : tags) {
			String value = tag == null ? "" : tag.strip();
			if (value.isEmpty()) {
				continue;
			}
			if (value.length() > TAG_MAX || value.codePoints().anyMatch(Character::isISOControl)) {
				problems.add(new ImportRecord.Problem("tags", "태그는 " + TAG_MAX + "자까지라 뺐습니다: "
						+ value.substring(0, Math.min(value.length(), 20)) + "…"));
				continue;
			}
			if (kept.size() == Draft.TAGS_MAX && !kept.contains(value)) {
				problems.add(new ImportRecord.Problem("tags", "태그는 " + Draft.TAGS_MAX + "개까지라 '" + value + "' 을(를) 뺐습니다."));
				continue;
			}
			kept.add(value);
		}
		return new ArrayList<>(kept);
	}
}
