package kr.cjournal.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kr.cjournal.comments.CommentAreas;
import kr.cjournal.comments.Flash;
import kr.cjournal.comments.ReaderProfiles;

/**
 * The reader pages built from comments, in the site's layout: a story's full comment page (the
 * box and the list without JavaScript; comment forms redirect back here) and a reader's page.
 * Both are about who is reading, so no shared cache keeps them.
 */
@Controller
class CommentPagesController {

	private final CommentAreas areas;

	private final ReaderProfiles profiles;

	private final Mastheads mastheads;

	CommentPagesController(CommentAreas areas, ReaderProfiles profiles, Mastheads mastheads) {
		this.areas = areas;
		this.profiles = profiles;
		this.mastheads = mastheads;
	}

	@GetMapping("/article/{id}/comments")
	String comments(@PathVariable long id, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var area = areas.build(id, sort, page, request, Flash.of(model.asMap()));
		model.addAttribute("page", new CommentsPage(mastheads.of(null), area));
		privatePage(response);
		return "site/comments";
	}

	@GetMapping("/reader/{nickname}")
	String reader(@PathVariable String nickname, @RequestParam(defaultValue = "1") int page, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		var profile = profiles.profile(nickname, page, request, Flash.of(model.asMap()));
		model.addAttribute("page", new ReaderPage(mastheads.of(null), profile));
		privatePage(response);
		return "site/reader";
	}

	private static void privatePage(HttpServletResponse response) {
		response.setHeader("Cache-Control", "private, no-cache");
		response.setHeader("Vary", "Cookie");
	}
}
