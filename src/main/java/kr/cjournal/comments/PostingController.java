package kr.cjournal.comments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import kr.cjournal.accounts.Actor;
import kr.cjournal.accounts.Reader;
import kr.cjournal.core.Refusal;

/**
 * The readers' comment POSTs. Each answers JSON to a script that asks for it
 * ({@code Accept: application/json}), and otherwise sends the browser back (303) to the story's
 * comment page with a flash {@code notice} or {@code error} (+ {@code errorField}, and the refused
 * {@code text} so nothing typed is lost), so every form works without JavaScript.
 */
@Controller
class PostingController {

	private final CommentPosting posting;

	private final CommentReactions reactions;

	private final ReaderBlocks blocks;

	PostingController(CommentPosting posting, CommentReactions reactions, ReaderBlocks blocks) {
		this.posting = posting;
		this.reactions = reactions;
		this.blocks = blocks;
	}

	@PostMapping("/article/{articleId}/comments")
	Object post(@PathVariable long articleId, @RequestParam(required = false) String text,
			@RequestParam(required = false) String parentId, Actor actor, HttpServletRequest request,
			RedirectAttributes redirect) {
		String back = commentsPage(articleId);
		try {
			CommentPosting.Posted posted = posting.post(actor, articleId, text, parent(parentId),
					request.getRemoteAddr());
			if (wantsJson(request)) {
				return json(HttpStatus.CREATED, Map.of("id", posted.id(), "status", posted.status().name(), "message",
						posted.message()));
			}
			redirect.addFlashAttribute("notice", posted.message());
			return seeOther(back + "#comment-" + posted.id());
		}
		catch (Refusal refusal) {
			if (!wantsJson(request) && text != null) {
				redirect.addFlashAttribute("text", text);
			}
			return refused(refusal, request, redirect, back, back);
		}
	}

	@PostMapping("/comments/{commentId}/reaction")
	Object react(@PathVariable long commentId, @RequestParam(required = false) String kind, Actor actor,
			HttpServletRequest request, RedirectAttributes redirect) {
		String back = posting.storyOf(commentId).map(id -> commentsPage(id) + "#comment-" + commentId).orElse(null);
		return answer(request, redirect, back, () -> reactions.react(actor, commentId, kind), done -> {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("likes", done.likes());
			body.put("dislikes", done.dislikes());
			body.put("mine", done.mine());
			return body;
		}, done -> done.mine() == null ? "취소했습니다." : "LIKE".equals(done.mine()) ? "공감했습니다." : "비공감했습니다.");
	}

	@PostMapping("/comments/{commentId}/delete")
	Object delete(@PathVariable long commentId, Actor actor, HttpServletRequest request, RedirectAttributes redirect) {
		String back = posting.storyOf(commentId).map(PostingController::commentsPage).orElse(null);
		return answer(request, redirect, back, () -> posting.delete(actor, commentId), done -> Map.of("deleted", true),
				done -> "댓글을 삭제했습니다.");
	}

	@PostMapping("/readers/{nickname}/block")
	Object block(@PathVariable String nickname, Actor actor, HttpServletRequest request, RedirectAttributes redirect) {
		return blocking(nickname, actor, request, redirect, true);
	}

	@PostMapping("/readers/{nickname}/unblock")
	Object unblock(@PathVariable String nickname, Actor actor, HttpServletRequest request, RedirectAttributes redirect) {
		return blocking(nickname, actor, request, redirect, false);
	}

	private Object blocking(String nickname, Actor actor, HttpServletRequest request, RedirectAttributes redirect,
			boolean block) {
		String back = "/reader/" + URLEncoder.encode(nickname, StandardCharsets.UTF_8).replace("+", "%20");
		return answer(request, redirect, back,
				() -> block ? blocks.block(actor, nickname) : blocks.unblock(actor, nickname),
				done -> Map.of("blocked", block),
				done -> block ? done.nickname() + " 님의 댓글을 더는 보지 않습니다." : done.nickname() + " 님의 차단을 풀었습니다.");
	}

	/** Runs a change and answers it as JSON or a 303 back with a flash notice; refusals alike. */
	private <T> Object answer(HttpServletRequest request, RedirectAttributes redirect, String back, Supplier<T> change,
			Function<T, Map<String, Object>> json, Function<T, String> notice) {
		try {
			T done = change.get();
			if (wantsJson(request)) {
				return json(HttpStatus.OK, json.apply(done));
			}
			if (back == null) {
				throw PostingRefusal.missing("댓글을 찾을 수 없습니다.");
			}
			redirect.addFlashAttribute("notice", notice.apply(done));
			return seeOther(back);
		}
		catch (Refusal refusal) {
			return refused(refusal, request, redirect, back, back);
		}
	}

	private Object refused(Refusal refusal, HttpServletRequest request, RedirectAttributes redirect, String back,
			String next) {
		int status = refusal instanceof PostingRefusal posting ? posting.status() : refusal.kind().status();
		if (wantsJson(request)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("error", refusal.getMessage());
			body.put("field", refusal.field());
			ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
			if (refusal instanceof PostingRefusal posting && posting.retryAfterSeconds() > 0) {
				response.header(HttpHeaders.RETRY_AFTER, Long.toString(posting.retryAfterSeconds()));
			}
			return response.body(body);
		}
		if (status == 401) {
			String path = next == null ? "" : next.replaceFirst("#.*", "");
			return seeOther(path.isEmpty() ? "/login" : "/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
		}
		if (back == null) {
			// Nowhere to send the browser back to (no such comment): the site's error page.
			throw refusal;
		}
		redirect.addFlashAttribute("error", refusal.getMessage());
		if (refusal.field() != null) {
			redirect.addFlashAttribute("errorField", refusal.field());
		}
		return seeOther(back);
	}

	private static Long parent(String parentId) {
		if (parentId == null || parentId.isBlank()) {
			return null;
		}
		if (!parentId.strip().matches("\\d{1,18}")) {
			throw PostingRefusal.badInput("parentId", "답글을 달 댓글의 번호가 올바르지 않습니다.");
		}
		return Long.valueOf(parentId.strip());
	}

	private static String commentsPage(long articleId) {
		return "/article/" + articleId + "/comments";
	}

	private static ResponseEntity<Map<String, Object>> json(HttpStatus status, Map<String, Object> body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static RedirectView seeOther(String url) {
		RedirectView view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return view;
	}

	static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
	}
}
