package kr.cjournal.people.web;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.FieldErrors;
import kr.cjournal.core.Refusal;
import kr.cjournal.people.DirectoryEntry;
import kr.cjournal.people.Mentions;

/**
 * What the staff pages for people and for organisations do alike, written once: the list and
 * search, an entry's page, its other names (aliases) and merging a duplicate into the one that
 * stays. A subclass maps it under its address and says what differs: its {@link Kind}, how the
 * directory stores its entries and merges them ({@link Store}), and how its edit page is shown.
 */
abstract class DirectoryEditor<T extends DirectoryEntry> {

	/**
	 * How one side of the directory is named to staff.
	 * @param code {@code person} or {@code organization}, as the list and merge pages know it
	 * @param base where its staff pages live, {@code /newsroom/people}
	 * @param noun what it is called, 인물 or 기업·기관
	 * @param shortNoun the short form the merge messages use, 인물 or 기관
	 * @param intoShortNoun that noun with the particle for "into", 인물로 or 기관으로
	 */
	record Kind(String code, String base, String noun, String shortNoun, String intoShortNoun) {
	}

	/** How the directory keeps one side's other names, by the entry's id, and merges its duplicates. */
	record Store(LongFunction<List<String>> aliases, BiConsumer<Long, String> addAlias,
			BiConsumer<Long, String> removeAlias, Merge merge) {
	}

	/** {@code DirectoryMerges.mergePeople} or {@code mergeOrganizations}. */
	interface Merge {

		void into(long duplicateId, long survivorId, String mergedBy);
	}

	/** What moves with a duplicate besides its other names: its titles and the stories naming it. */
	record Moving(int positions, long stories) {
	}

	private final Kind kind;

	private final Store store;

	final Mentions mentions;

	DirectoryEditor(Kind kind, Store store, Mentions mentions) {
		this.kind = kind;
		this.store = store;
		this.mentions = mentions;
	}

	/** The entry with this id, if it is (still) in the directory. */
	abstract Optional<T> lookup(long id);

	/** Its list rows: the entries added last when {@code query} is empty, else what the search found. */
	abstract List<DirectoryListPage.Row> rows(String query);

	/** The edit page of a stored entry, its form as stored; {@code aliasTyped} refills the alias field. */
	abstract String page(Model model, T entry, String aliasTyped, FieldErrors errors, Actor actor);

	/** What the merge page says about the survivor beside its name: a title, a kind; may be null. */
	abstract String describe(T survivor);

	abstract Moving moving(long duplicateId);

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, Actor actor, Model model) {
		String query = q.length() > 40 ? q.substring(0, 40) : q.strip();
		model.addAttribute("page", new DirectoryListPage(kind.code(), query, rows(query),
				mentions.mostMentionedPeopleThisWeek(10), mentions.mostMentionedOrganizationsThisWeek(10),
				Editors.mayEdit(actor), flash(model)));
		return "people/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Actor actor, Model model) {
		return page(model, find(id), "", new FieldErrors(), actor);
	}

	@PostMapping("/{id}/aliases")
	String addAlias(@PathVariable long id, @RequestParam(defaultValue = "") String alias, Actor actor,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Editors.requireEditor(actor);
		T entry = find(id);
		String cleaned = FieldErrors.clean(alias);
		FieldErrors errors = new FieldErrors();
		errors.required("alias", "다른 표기", alias, 100);
		if (errors.isEmpty() && (cleaned.equals(entry.name()) || store.aliases().apply(id).contains(cleaned))) {
			errors.add("alias", "다른 표기 '" + cleaned + "'은(는) 이미 있습니다.");
		}
		if (!errors.isEmpty()) {
			return badRequest(response, page(model, entry, alias, errors, actor));
		}
		store.addAlias().accept(id, cleaned);
		return saved(redirect, id, "다른 표기 '" + cleaned + "'을(를) 더했습니다.");
	}

	@PostMapping("/{id}/aliases/remove")
	String removeAlias(@PathVariable long id, @RequestParam(defaultValue = "") String alias,
			Actor actor, RedirectAttributes redirect) {
		Editors.requireEditor(actor);
		find(id);
		store.removeAlias().accept(id, alias);
		return saved(redirect, id, "다른 표기 '" + alias + "'을(를) 뺐습니다.");
	}

	/** First the survivor is chosen (nothing sent yet), then confirmed, seeing what will move. */
	@GetMapping("/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(defaultValue = "") String intoId,
			@RequestParam(defaultValue = "") String intoName, Actor actor, HttpServletResponse response,
			Model model) {
		Editors.requireEditor(actor);
		T duplicate = find(id);
		Long into = FieldErrors.id(intoId);
		String error = null;
		T survivor = null;
		if (FieldErrors.clean(intoId) != null || FieldErrors.clean(intoName) != null) {
			survivor = into == null ? null : lookup(into).orElse(null);
			error = survivor == null ? "남길 " + kind.noun() + "을 입력하고 목록에서 골라 주세요."
					: into == id ? "같은 " + kind.shortNoun() + "끼리는 합칠 수 없습니다. 남길 다른 " + kind.shortNoun() + "을 골라 주세요."
							: null;
			if (error != null) {
				response.setStatus(400);
			}
		}
		Moving moving = moving(id);
		model.addAttribute("page", new MergePage(kind.code(), id, duplicate.name(),
				survivor == null ? null : survivor.id(), survivor == null ? null : survivor.name(),
				survivor == null ? null : describe(survivor), moving.positions(), store.aliases().apply(id).size(),
				moving.stories(), error));
		return "people/merge";
	}

	@PostMapping("/{id}/merge")
	String doMerge(@PathVariable long id, @RequestParam(defaultValue = "") String intoId, Actor actor,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Editors.requireEditor(actor);
		T duplicate = find(id);
		Long into = FieldErrors.id(intoId);
		if (into == null || into == id || lookup(into).isEmpty()) {
			return merge(id, intoId, "?", actor, response, model);
		}
		store.merge().into(id, into, actor.username());
		return saved(redirect, into, duplicate.name() + "(" + id + ") 항목을 이 " + kind.intoShortNoun()
				+ " 합쳤습니다. 예전 주소 " + duplicate.url() + "는 이 " + kind.shortNoun() + " 페이지로 연결됩니다.");
	}

	/** The entry, or a Korean 404 page when it is not (or no longer) there. */
	T find(long id) {
		return lookup(id).orElseThrow(
				() -> Refusal.notFound(kind.noun() + " 정보 " + id + "번이 없습니다. 합쳐졌거나 지워졌을 수 있습니다."));
	}

	/** Back to the entry's page, which shows {@code notice} once. */
	String saved(RedirectAttributes redirect, long id, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + kind.base() + "/" + id;
	}

	/** The page, answered with 400: what was sent is refused and shown again with the reasons. */
	static String badRequest(HttpServletResponse response, String view) {
		response.setStatus(400);
		return view;
	}

	/** The notice a redirect left for this page, or null. */
	static String flash(Model model) {
		return model.getAttribute("notice") instanceof String value && !value.isBlank() ? value : null;
	}
}
