package kr.cjournal.site;

import java.util.List;

import kr.cjournal.core.Page;
import kr.cjournal.media.Image;
import kr.cjournal.newsroom.ArticleSummary;
import kr.cjournal.people.Mentions.CoMention;
import kr.cjournal.people.Person;
import kr.cjournal.people.Position;

/**
 * A person's page: who they are, the titles they hold and held, the stories that mention them
 * (one page of them), the people named with them, and their JSON-LD. {@code photo} may be null.
 */
public record PersonPage(Masthead masthead, String canonicalUrl, Person person, Image photo, List<Position> current,
		List<Position> past, List<String> aliases, Page<Story> stories, List<CoMention> coMentioned, String jsonLd) {

	/** A story that mentions the person; {@code role} is {@code 당시 부사장 · 현 사장}, or null. */
	public record Story(ArticleSummary article, String role) {
	}
}
