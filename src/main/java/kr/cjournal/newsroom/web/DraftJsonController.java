package kr.cjournal.newsroom.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.converter.HttpMessageNotReadableException;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.Kst;
import kr.cjournal.newsroom.BodyPreview;
import kr.cjournal.newsroom.Desk;
import kr.cjournal.newsroom.EditConflict;
import kr.cjournal.newsroom.Manuscripts;
import kr.cjournal.newsroom.NewsroomRefusal;

/**
 * What the editor's script talks to: saving while the writer types (and when they press 저장),
 * and the live preview. Answers are JSON, refusals too, so the page can say what went wrong
 * while the text stays in the editor.
 */
@RestController
class DraftJsonController {

	private final Desk desk;

	private final Manuscripts manuscripts;

	private final BodyPreview preview;

	DraftJsonController(Desk desk, Manuscripts manuscripts, BodyPreview preview) {
		this.desk = desk;
		this.manuscripts = manuscripts;
		this.preview = preview;
	}

	record SaveRequest(String version, String sectionId, String headline, String subtitle, String body,
			List<String> reporterIds, String tags, boolean autosave) {

		ArticleForm form() {
			return new ArticleForm(version, sectionId, headline, subtitle, body, reporterIds, tags);
		}
	}

	record PreviewRequest(String markdown, String headline, String subtitle) {
	}

	@PostMapping("/newsroom/articles/{id}/draft")
	Map<String, Object> save(@PathVariable long id, @RequestBody SaveRequest save, Actor actor) {
		ArticleForm form = save.form();
		int version = desk.save(actor, id, form.versionNumber(), form.draft(), save.autosave());
		String savedAt = manuscripts.find(id).map(m -> m.savedAt() == null ? "" : Kst.seconds(m.savedAt())).orElse("");
		return Map.of("version", version, "savedAt", savedAt);
	}

	@PostMapping("/newsroom/preview")
	Map<String, Object> preview(@RequestBody PreviewRequest request) {
		return Map.of("html", preview.render(request.markdown(), request.headline(), request.subtitle()));
	}

	@ExceptionHandler(NewsroomRefusal.class)
	ResponseEntity<Map<String, Object>> refused(NewsroomRefusal refusal) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", refusal.kind().name().toLowerCase());
		body.put("message", refusal.getMessage());
		if (refusal.field() != null) {
			body.put("field", refusal.field());
		}
		if (refusal instanceof EditConflict conflict) {
			body.put("keptRevision", conflict.keptRevision());
			body.put("currentVersion", conflict.currentVersion());
		}
		return ResponseEntity.status(refusal.kind().status()).body(body);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
		return ResponseEntity.badRequest()
			.body(Map.of("error", "invalid", "message", "보낸 내용을 읽을 수 없습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요."));
	}
}
