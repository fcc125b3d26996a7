package kr.cjournal.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import kr.cjournal.core.Kst;
import kr.cjournal.newsroom.Section;
import kr.cjournal.newsroom.Sections;

/** Builds the masthead from the sections the newsroom holds in memory: no query. */
@Component
class Mastheads {

	private static final DateTimeFormatter DATE_LINE = DateTimeFormatter.ofPattern("yyyy년 M월 d일 EEEE", Locale.KOREAN);

	private final Sections sections;

	private final SiteSettings settings;

	Mastheads(Sections sections, SiteSettings settings) {
		this.sections = sections;
		this.settings = settings;
	}

	/** The home page's masthead, with 홈 marked. */
	Masthead home() {
		return build(null, true);
	}

	/** @param active the top-level section to mark, or null */
	Masthead of(Section active) {
		return build(active, false);
	}

	private Masthead build(Section active, boolean home) {
		List<Masthead.NavItem> nav = sections.topLevel()
			.stream()
			.map(top -> new Masthead.NavItem(top.name(), top.url(), active != null && active.id() == top.id(),
					sections.childrenOf(top)
						.stream()
						.map(sub -> new Masthead.NavItem(sub.name(), sub.url(), false, List.of()))
						.toList()))
			.toList();
		return new Masthead(settings.name(), LocalDate.now(Kst.ZONE).format(DATE_LINE), home, nav);
	}
}
