package kr.cjournal.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.core.Kst;
import kr.cjournal.core.StaffController;
import kr.cjournal.media.Image;
import kr.cjournal.media.Images;
import kr.cjournal.people.Directory;
import kr.cjournal.people.DirectoryMerges;
import kr.cjournal.people.Mentions;
import kr.cjournal.people.NameSuggestions;
import kr.cjournal.people.Person;
import kr.cjournal.people.Position;

/** Staff pages for the people of the directory: list and search, add, change, titles, aliases, merge. */
@StaffController
@Controller
@RequestMapping("/newsroom/people")
class PeopleEditorController {

	private final Directory directory;

	private final DirectoryMerges merges;

	private final Mentions mentions;

	private final NameSuggestions suggestions;

	private final Clock clock;

	private final Images images;

	PeopleEditorController(Directory directory, DirectoryMerges merges, Mentions mentions, NameSuggestions suggestions,
			Clock clock, Images images) {
		this.images = images;
		this.directory = directory;
		this.merges = merges;
		this.mentions = mentions;
		this.suggestions = suggestions;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, HttpServletRequest request, Model model) {
		String query = q.length() > 40 ? q.substring(0, 40) : q.strip();
		List<NameSuggestions.Suggestion> found = query.isEmpty() ? directory.recentPeopleWithTitles(50)
				: suggestions.suggest(query).stream().filter(s -> "person".equals(s.type())).toList();
		List<DirectoryListPage.Row> rows = found.stream()
			.map(s -> new DirectoryListPage.Row(s.id(), s.name(), s.description()))
			.toList();
		model.addAttribute("page", new DirectoryListPage("person", query, rows, mentions.mostMentionedPeopleThisWeek(10),
				mentions.mostMentionedOrganizationsThisWeek(10), Editors.mayEdit(request), flash(model)));
		return "people/list";
	}

	@GetMapping("/new")
	String newPerson(HttpServletRequest request, Model model) {
		return edit(model, null, PersonForm.blank(), PositionForm.blank(), "", Map.of(), request);
	}

	@PostMapping
	String create(PersonForm form, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = problems(form);
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return edit(model, null, form, PositionForm.blank(), "", errors, request);
		}
		Person person = directory.addPerson(Fields.clean(form.name()), Fields.clean(form.hanja()),
				Fields.clean(form.englishName()), form.year(), Fields.clean(form.profile()));
		if (form.photo() != null) {
			directory.setPhoto(person.id(), form.photo());
		}
		redirect.addFlashAttribute("notice", person.name() + " 님을 인물 정보에 추가했습니다. 직함과 다른 표기를 더할 수 있습니다.");
		return "redirect:/newsroom/people/" + person.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, HttpServletRequest request, Model model) {
		Person person = find(id);
		return edit(model, person, formOf(person), PositionForm.blank(), "", Map.of(), request);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, PersonForm form, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Editors.requireEditor(request);
		Person person = find(id);
		Map<String, String> errors = problems(form);
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return edit(model, person, form, PositionForm.blank(), "", errors, request);
		}
		directory.updatePerson(id, Fields.clean(form.name()), Fields.clean(form.hanja()),
				Fields.clean(form.englishName()), form.year(), Fields.clean(form.profile()));
		if (!java.util.Objects.equals(form.photo(), directory.photoOf(id).orElse(null))) {
			directory.setPhoto(id, form.photo());
		}
		return saved(redirect, id, "저장했습니다.");
	}

	@PostMapping("/{id}/aliases")
	String addAlias(@PathVariable long id, @RequestParam(defaultValue = "") String alias, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Editors.requireEditor(request);
		Person person = find(id);
		String cleaned = Fields.clean(alias);
		Map<String, String> errors = new LinkedHashMap<>();
		Fields.required(errors, "alias", "다른 표기", alias, 100);
		if (errors.isEmpty() && (cleaned.equals(person.name()) || directory.aliasesOfPerson(id).contains(cleaned))) {
			errors.put("alias", "다른 표기 '" + cleaned + "'은(는) 이미 있습니다.");
		}
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return edit(model, person, formOf(person), PositionForm.blank(), alias, errors, request);
		}
		directory.addPersonAlias(id, cleaned);
		return saved(redirect, id, "다른 표기 '" + cleaned + "'을(를) 더했습니다.");
	}

	@PostMapping("/{id}/aliases/remove")
	String removeAlias(@PathVariable long id, @RequestParam(defaultValue = "") String alias,
			HttpServletRequest request, RedirectAttributes redirect) {
		Editors.requireEditor(request);
		find(id);
		directory.removePersonAlias(id, alias);
		return saved(redirect, id, "다른 표기 '" + alias + "'을(를) 뺐습니다.");
	}

	@PostMapping("/{id}/positions")
	String addPosition(@PathVariable long id, PositionForm form, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Editors.requireEditor(request);
		Person person = find(id);
		Map<String, String> errors = form.problems();
		Long organization = Fields.id(form.organizationId());
		if (organization != null && directory.organization(organization).isEmpty()) {
			errors.put("position.organization", "고른 기관이 목록에 없습니다. 다시 골라 주세요.");
		}
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return edit(model, person, formOf(person), form, "", errors, request);
		}
		Map<String, String> ignored = new LinkedHashMap<>();
		directory.addPosition(id, organization, Fields.clean(form.title()),
				Fields.date(ignored, "", "", form.startedOn()), Fields.date(ignored, "", "", form.endedOn()));
		return saved(redirect, id, "직함 '" + Fields.clean(form.title()) + "'을(를) 더했습니다.");
	}

	@PostMapping("/{id}/positions/{positionId}/end")
	String endPosition(@PathVariable long id, @PathVariable long positionId,
			@RequestParam(defaultValue = "") String endedOn, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Editors.requireEditor(request);
		Person person = find(id);
		Position position = positionOf(id, positionId);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate end = Fields.date(errors, "position.end", "종료일", endedOn);
		if (end == null && errors.isEmpty()) {
			end = clock.instant().atZone(Kst.ZONE).toLocalDate();
		}
		if (end != null && position.startedOn() != null && end.isBefore(position.startedOn())) {
			errors.put("position.end", "종료일은 시작일(" + position.startedOn() + ")보다 빠를 수 없습니다.");
		}
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return edit(model, person, formOf(person), PositionForm.blank(), "", errors, request);
		}
		directory.endPosition(positionId, end);
		return saved(redirect, id, position.organizationName() + " " + position.title() + " 직함을 " + end + "에 끝냈습니다.");
	}

	@PostMapping("/{id}/positions/{positionId}/remove")
	String removePosition(@PathVariable long id, @PathVariable long positionId, HttpServletRequest request,
			RedirectAttributes redirect) {
		Editors.requireEditor(request);
		find(id);
		Position position = positionOf(id, positionId);
		directory.removePosition(positionId);
		return saved(redirect, id, position.organizationName() + " " + position.title() + " 직함을 지웠습니다.");
	}

	@GetMapping("/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(defaultValue = "") String intoId,
			@RequestParam(defaultValue = "") String intoName, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Editors.requireEditor(request);
		Person duplicate = find(id);
		Long into = Fields.id(intoId);
		String error = null;
		Person survivor = null;
		if (Fields.clean(intoId) != null || Fields.clean(intoName) != null) {
			survivor = into == null ? null : directory.person(into).orElse(null);
			error = survivor == null ? "남길 인물을 입력하고 목록에서 골라 주세요."
					: into == id ? "같은 인물끼리는 합칠 수 없습니다. 남길 다른 인물을 골라 주세요." : null;
			if (error != null) {
				response.setStatus(400);
			}
		}
		String description = survivor == null ? null
				: directory.positionsOf(survivor.id()).stream().filter(Position::isCurrent).findFirst()
					.map(p -> p.organizationName() + " " + p.title()).orElse(survivor.profile());
		model.addAttribute("page", new MergePage("person", id, duplicate.name(), survivor == null ? null : survivor.id(),
				survivor == null ? null : survivor.name(), description, directory.positionsOf(id).size(),
				directory.aliasesOfPerson(id).size(), mentions.storiesMentioningPerson(id, 1, 1).total(), error));
		return "people/merge";
	}

	@PostMapping("/{id}/merge")
	String doMerge(@PathVariable long id, @RequestParam(defaultValue = "") String intoId, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Editors.requireEditor(request);
		Person duplicate = find(id);
		Long into = Fields.id(intoId);
		if (into == null || into == id || directory.person(into).isEmpty()) {
			return merge(id, intoId, "?", request, response, model);
		}
		merges.mergePeople(id, into, request.getRemoteUser());
		redirect.addFlashAttribute("notice", duplicate.name() + "(" + id + ") 항목을 이 인물로 합쳤습니다. 예전 주소 /people/"
				+ id + "는 이 인물 페이지로 연결됩니다.");
		return "redirect:/newsroom/people/" + into;
	}

	private PersonForm formOf(Person person) {
		return PersonForm.of(person, directory.photoOf(person.id()).orElse(null));
	}

	/** The form's own checks, and whether the chosen photo is in the media library. */
	private Map<String, String> problems(PersonForm form) {
		Map<String, String> errors = form.problems(PersonForm.thisYear(clock));
		if (!errors.containsKey("photoImageId") && form.photo() != null && images.find(form.photo()).isEmpty()) {
			errors.put("photoImageId", "사진 번호 " + form.photo() + "에 해당하는 사진이 없습니다. 사진을 먼저 올려 주세요.");
		}
		return errors;
	}

	private Person find(long id) {
		return directory.person(id).orElseThrow(() -> new DirectoryEditorErrors.Missing("인물 정보 " + id + "번이 없습니다. 합쳐졌거나 지워졌을 수 있습니다."));
	}

	private Position positionOf(long personId, long positionId) {
		return directory.position(positionId)
			.filter(p -> p.personId() == personId)
			.orElseThrow(() -> new DirectoryEditorErrors.Missing("이 인물의 직함 " + positionId + "번이 없습니다."));
	}

	private static String saved(RedirectAttributes redirect, long id, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/newsroom/people/" + id;
	}

	private String edit(Model model, Person person, PersonForm form, PositionForm positionForm, String aliasTyped,
			Map<String, String> errors, HttpServletRequest request) {
		Image photo = form.photo() == null ? null : images.find(form.photo()).orElse(null);
		model.addAttribute("page", new PersonEditPage(person, form,
				person == null ? List.of() : directory.aliasesOfPerson(person.id()),
				person == null ? List.of() : directory.positionsOf(person.id()), positionForm, aliasTyped, errors,
				Editors.mayEdit(request), flash(model), photo));
		return "people/person";
	}

	static String flash(Model model) {
		return model.getAttribute("notice") instanceof String value && !value.isBlank() ? value : null;
	}
}
