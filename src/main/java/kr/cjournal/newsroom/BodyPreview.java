package kr.cjournal.newsroom;

import org.springframework.stereotype.Component;

/** The body as readers will see it, for the editor's live preview: same renderer, same sanitiser. */
@Component
public class BodyPreview {

	private final PhotoFiles photos;

	BodyPreview(PhotoFiles photos) {
		this.photos = photos;
	}

	public String render(String markdown) {
		if (markdown != null && markdown.length() > Draft.BODY_MAX) {
			throw NewsroomRefusal.invalid("body", "본문은 " + Draft.BODY_MAX + "자까지 쓸 수 있습니다.");
		}
		return StoryMarkdown.render(markdown, photos).html();
	}
}
