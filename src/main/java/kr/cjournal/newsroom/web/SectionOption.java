package kr.cjournal.newsroom.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;

/** A section as the newsroom's forms and lists name it: 기업과산업 › 기업일반. */
public record SectionOption(long id, String label) {

	static List<SectionOption> all(Sections sections) {
		List<SectionOption> options = new ArrayList<>();
		for (Section top : sections.topLevel()) {
			options.add(new SectionOption(top.id(), top.name()));
			for (Section sub : sections.childrenOf(top)) {
				options.add(new SectionOption(sub.id(), top.name() + " › " + sub.name()));
			}
		}
		return options;
	}

	static Map<Long, String> labels(Sections sections) {
		Map<Long, String> labels = new LinkedHashMap<>();
		all(sections).forEach(option -> labels.put(option.id(), option.label()));
		return labels;
	}
}
