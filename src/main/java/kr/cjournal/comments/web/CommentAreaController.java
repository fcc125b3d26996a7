package kr.cjournal.comments.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kr.cjournal.comments.CommentAreas;
import kr.cjournal.comments.Flash;

/**
 * {@code GET /article/{id}/comments/fragment}: the story's comment area alone, which the article
 * page's script loads into its {@code #comments} shell, so the article HTML stays the same for
 * every reader and cacheable.
 */
@Controller
class CommentAreaController {

	private final CommentAreas areas;

	CommentAreaController(CommentAreas areas) {
		this.areas = areas;
	}

	/**
	 * The area differs per reader (their forms' CSRF token, own comments under review, blocks):
	 * {@code private} keeps it out of shared caches and {@code no-cache} makes the browser ask each
	 * time, so a reader sees their new comment after posting. The server's per-story list cache
	 * carries the load instead.
	 */
	@GetMapping("/article/{id}/comments/fragment")
	String fragment(@PathVariable long id, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		model.addAttribute("area", areas.build(id, sort, page, request, Flash.NONE));
		response.setHeader("Cache-Control", "private, no-cache");
		response.setHeader("Vary", "Cookie");
		return "comments/area";
	}
}
