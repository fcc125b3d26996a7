package kr.cjournal.newsroom;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The body as readers will see it, for the editor's live preview: same renderer, same sanitiser,
 * and the same links to people and companies (the headline and subtitle help tell same-name
 * people apart, as they will at publishing).
 */
@Component
public class BodyPreview {

	private final PhotoFiles photos;

	private final StoryLinking linking;

	BodyPreview(PhotoFiles photos, StoryLinking linking) {
		this.photos = photos;
		this.linking = linking;
	}

	public String render(String markdown, String headline, String subtitle) {
		if (markdown != null && markdown.length() > Draft.BODY_MAX) {
			throw NewsroomRefusal.invalid("body", "본문은 " + Draft.BODY_MAX + "자까지 쓸 수 있습니다.");
		}
		return linking.render(null, new Draft(0, headline, subtitle, markdown, List.of(), List.of()), List.of(), photos)
			.html();
	}
}
