package kr.cjournal.site;

import java.util.List;

/**
 * What every reader page shows around its content: the paper's name, today's date in KST and the
 * section navigation with the current section marked.
 */
public record Masthead(String siteName, String dateLine, boolean home, List<NavItem> nav) {

	public record NavItem(String name, String url, boolean active, List<NavItem> children) {
	}
}
