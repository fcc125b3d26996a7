package kr.cjournal.comments.filter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.Refusal;
import kr.cjournal.core.StaffController;

/**
 * {@code /newsroom/comments/words}: moderators add words the filter blocks or allows, remove them,
 * and try a text against the filter. A change applies on this node at once.
 */
@StaffController
@Controller
class WordsController {

	private static final String PAGE = "/newsroom/comments/words";

	private final FilterWords words;

	private final CleanFilter filter;

	private final WordLists shipped = WordLists.shipped();

	WordsController(FilterWords words, CleanFilter filter) {
		this.words = words;
		this.filter = filter;
	}

	@GetMapping(PAGE)
	String page(Actor actor, Model model) {
		requireModerator(actor);
		return show(model, null, null);
	}

	@PostMapping(PAGE + "/test")
	String test(Actor actor, @RequestParam(required = false) String text, Model model) {
		requireModerator(actor);
		String tried = text == null ? "" : text;
		if (tried.length() > ScreenController.MAX_TEXT) {
			model.addAttribute("alert", "글이 너무 깁니다. " + String.format("%,d", ScreenController.MAX_TEXT) + "자까지 시험해 볼 수 있습니다.");
			return show(model, tried.substring(0, ScreenController.MAX_TEXT), null);
		}
		return show(model, tried, filter.screen(tried));
	}

	@PostMapping(PAGE)
	String add(Actor actor, @RequestParam(required = false) String word, @RequestParam(required = false) String list,
			@RequestParam(required = false) String category, RedirectAttributes redirect) {
		requireModerator(actor);
		String text = word == null ? "" : word.strip();
		String listName = FilterWord.ALLOW.equals(list) ? FilterWord.ALLOW : FilterWord.BLOCK;
		Screening.Category kind = Screening.Category.PROFANITY;
		try {
			if (text.isEmpty()) {
				throw Refusal.invalid("word", "단어를 입력해 주세요.");
			}
			if (text.length() > FilterWords.MAX_WORD) {
				throw Refusal.invalid("word", "단어는 " + FilterWords.MAX_WORD + "자까지 등록할 수 있습니다.");
			}
			if (text.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
				throw Refusal.invalid("word", "보이지 않는 문자나 제어 문자는 넣을 수 없습니다.");
			}
			if (Views.letters(Letters.of(text)).length == 0) {
				throw Refusal.invalid("word", "글자나 숫자가 들어간 단어를 입력해 주세요.");
			}
			if (category != null && !category.isBlank()) {
				try {
					kind = Screening.Category.valueOf(category);
				}
				catch (IllegalArgumentException unknown) {
					throw Refusal.invalid("category", "종류를 목록에서 골라 주세요.");
				}
			}
			words.add(actor, text, listName, kind);
			filter.rebuild();
			redirect.addFlashAttribute("notice", "'" + text + "'을(를) " + (FilterWord.BLOCK.equals(listName) ? "막는" : "허용하는")
					+ " 단어로 등록했습니다. 지금부터 적용됩니다.");
		}
		catch (Refusal refusal) {
			if (refusal.kind() == Refusal.Kind.NOT_ALLOWED) {
				throw refusal;
			}
			redirect.addFlashAttribute("alert", refusal.getMessage());
		}
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/{id}/delete")
	String remove(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		requireModerator(actor);
		var removed = words.remove(actor, id);
		if (removed.isPresent()) {
			filter.rebuild();
			redirect.addFlashAttribute("notice", "'" + removed.get() + "'을(를) 목록에서 뺐습니다.");
		}
		else {
			redirect.addFlashAttribute("alert", "그 단어는 이미 목록에 없습니다.");
		}
		return "redirect:" + PAGE;
	}

	private String show(Model model, String tried, Screening verdict) {
		model.addAttribute("page", new WordsPage(words.all(), shipped.blocked().size(), shipped.allowed().size(),
				(String) model.getAttribute("notice"), (String) model.getAttribute("alert"), tried, verdict));
		return "comments/words";
	}

	private static void requireModerator(Actor actor) {
		if (!actor.canModerate()) {
			throw Refusal.notAllowed("클린필터 단어 관리는 운영자만 할 수 있습니다.");
		}
	}
}
