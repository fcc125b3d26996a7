package kr.cjournal.comments.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import kr.cjournal.comments.CommentAreas;
import kr.cjournal.comments.CommentSort;
import kr.cjournal.comments.CommentThreads;
import kr.cjournal.comments.ShownComment;
import kr.cjournal.core.Page;
import kr.cjournal.core.PageNumber;
import kr.cjournal.core.Refusal;

/**
 * {@code GET /api/v1/articles/{id}/comments?sort=newest|likes&page=N}: what everyone sees of a
 * story's comments, as JSON. {@code total} is the story's number of visible comments and replies
 * (the 댓글 (N) heading); placeholders carry their sentence as text and no nickname.
 */
@RestController
class CommentsApiController {

	private final CommentAreas areas;

	private final CommentThreads threads;

	CommentsApiController(CommentAreas areas, CommentThreads threads) {
		this.areas = areas;
		this.threads = threads;
	}

	@GetMapping(value = "/api/v1/articles/{id}/comments", produces = "application/json")
	ResponseEntity<CommentsJson> list(@PathVariable long id, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") int page) {
		PageNumber.check(page);
		areas.story(id);
		Page<ShownComment> shown = threads.publicPage(id, CommentSort.of(sort), page);
		if (page > 1 && shown.isBeyondEnd()) {
			throw Refusal.notFound("댓글 목록에 그런 쪽이 없습니다.");
		}
		int total = threads.total(id);
		// Anyone gets the same answer; a short public lifetime lets a proxy absorb a busy story.
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic())
			.body(new CommentsJson(total, shown.items().stream().map(CommentJson::of).toList()));
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<Map<String, String>> refused(Refusal refusal) {
		return ResponseEntity.status(refusal.kind().status()).body(error(refusal.getMessage(), refusal.field()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, String>> typeMismatch(MethodArgumentTypeMismatchException e) {
		return ResponseEntity.badRequest().body(error("'" + e.getName() + "' 값은 숫자여야 합니다.", e.getName()));
	}

	private static Map<String, String> error(String message, String field) {
		Map<String, String> body = new HashMap<>();
		body.put("error", message);
		body.put("field", field);
		return body;
	}

	record CommentsJson(long total, List<CommentJson> comments) {
	}

	record CommentJson(long id, String nickname, String text, String createdAt, int likes, int dislikes,
			List<CommentJson> replies) {

		static CommentJson of(ShownComment c) {
			String text = c.isPlaceholder() ? c.placeholder() : c.text();
			return new CommentJson(c.id(), c.nickname(), text, c.iso(), c.likes(), c.dislikes(),
					c.replies().stream().map(CommentJson::of).toList());
		}
	}
}
