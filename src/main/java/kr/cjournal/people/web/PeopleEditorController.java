package kr.cjournal.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.FieldErrors;
import kr.cjournal.core.Kst;
import kr.cjournal.core.Refusal;
import kr.cjournal.core.StaffController;
import kr.cjournal.media.Image;
import kr.cjournal.media.Images;
import kr.cjournal.people.Directory;
import kr.cjournal.people.DirectoryMerges;
import kr.cjournal.people.Mentions;
import kr.cjournal.people.NameSuggestions;
import kr.cjournal.people.Person;
import kr.cjournal.people.Position;

/**
 * Staff pages for the people of the directory: add, change and titles here; list and search,
 * aliases and merge as for organisations ({@link DirectoryEditor}).
 */
@StaffController
@Controller
@RequestMapping("/newsroom/people")
class PeopleEditorController extends DirectoryEditor<Person> {

	private static final Kind PEOPLE = new Kind("person", "/newsroom/people", "인물", "인물", "인물로");

	private final Directory directory;

	private final NameSuggestions suggestions;

	private final Clock clock;

	private final Images images;

	PeopleEditorController(Directory directory, DirectoryMerges merges, Mentions mentions, NameSuggestions suggestions,
			Clock clock, Images images) {
		super(PEOPLE, new Store(directory::aliasesOfPerson, directory::addPersonAlias, directory::removePersonAlias,
				merges::mergePeople), mentions);
		this.directory = directory;
		this.suggestions = suggestions;
		this.clock = clock;
		this.images = images;
	}

	@GetMapping("/new")
	String newPerson(Actor actor, Model model) {
		return edit(model, null, PersonForm.blank(), PositionForm.blank(), "", new FieldErrors(), actor);
	}

	@PostMapping
	String create(PersonForm form, Actor actor, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		FieldErrors errors = problems(form);
		if (!errors.isEmpty()) {
			return badRequest(response, edit(model, null, form, PositionForm.blank(), "", errors, actor));
		}
		Person person = directory.addPerson(FieldErrors.clean(form.name()), FieldErrors.clean(form.hanja()),
				FieldErrors.clean(form.englishName()), form.year(), FieldErrors.clean(form.profile()));
		if (form.photo() != null) {
			directory.setPhoto(person.id(), form.photo());
		}
		return saved(redirect, person.id(), person.name() + " 님을 인물 정보에 추가했습니다. 직함과 다른 표기를 더할 수 있습니다.");
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, PersonForm form, Actor actor, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Editors.requireEditor(actor);
		Person person = find(id);
		FieldErrors errors = problems(form);
		if (!errors.isEmpty()) {
			return badRequest(response, edit(model, person, form, PositionForm.blank(), "", errors, actor));
		}
		directory.updatePerson(id, FieldErrors.clean(form.name()), FieldErrors.clean(form.hanja()),
				FieldErrors.clean(form.englishName()), form.year(), FieldErrors.clean(form.profile()));
		if (!Objects.equals(form.photo(), directory.photoOf(id).orElse(null))) {
			directory.setPhoto(id, form.photo());
		}
		return saved(redirect, id, "저장했습니다.");
	}

	@PostMapping("/{id}/positions")
	String addPosition(@PathVariable long id, PositionForm form, Actor actor,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Editors.requireEditor(actor);
		Person person = find(id);
		FieldErrors errors = form.problems();
		Long organization = FieldErrors.id(form.organizationId());
		if (organization != null && directory.organization(organization).isEmpty()) {
			errors.add("position.organization", "고른 기관이 목록에 없습니다. 다시 골라 주세요.");
		}
		if (!errors.isEmpty()) {
			return badRequest(response, edit(model, person, formOf(person), form, "", errors, actor));
		}
		directory.addPosition(id, organization, FieldErrors.clean(form.title()), form.startedOnOrNull(),
				form.endedOnOrNull());
		return saved(redirect, id, "직함 '" + FieldErrors.clean(form.title()) + "'을(를) 더했습니다.");
	}

	@PostMapping("/{id}/positions/{positionId}/end")
	String endPosition(@PathVariable long id, @PathVariable long positionId,
			@RequestParam(defaultValue = "") String endedOn, Actor actor, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Editors.requireEditor(actor);
		Person person = find(id);
		Position position = positionOf(id, positionId);
		FieldErrors errors = new FieldErrors();
		LocalDate end = errors.date("position.end", "종료일", endedOn);
		if (end == null && errors.isEmpty()) {
			end = clock.instant().atZone(Kst.ZONE).toLocalDate();
		}
		if (end != null && position.startedOn() != null && end.isBefore(position.startedOn())) {
			errors.add("position.end", "종료일은 시작일(" + position.startedOn() + ")보다 빠를 수 없습니다.");
		}
		if (!errors.isEmpty()) {
			return badRequest(response, page(model, person, "", errors, actor));
		}
		directory.endPosition(positionId, end);
		return saved(redirect, id, position.organizationName() + " " + position.title() + " 직함을 " + end + "에 끝냈습니다.");
	}

	@PostMapping("/{id}/positions/{positionId}/remove")
	String removePosition(@PathVariable long id, @PathVariable long positionId, Actor actor,
			RedirectAttributes redirect) {
		Editors.requireEditor(actor);
		find(id);
		Position position = positionOf(id, positionId);
		directory.removePosition(positionId);
		return saved(redirect, id, position.organizationName() + " " + position.title() + " 직함을 지웠습니다.");
	}

	@Override
	Optional<Person> lookup(long id) {
		return directory.person(id);
	}

	@Override
	List<DirectoryListPage.Row> rows(String query) {
		List<NameSuggestions.Suggestion> found = query.isEmpty() ? directory.recentPeopleWithTitles(50)
				: suggestions.suggest(query).stream().filter(s -> "person".equals(s.type())).toList();
		return found.stream().map(s -> new DirectoryListPage.Row(s.id(), s.name(), s.description())).toList();
	}

	@Override
	String page(Model model, Person person, String aliasTyped, FieldErrors errors, Actor actor) {
		return edit(model, person, formOf(person), PositionForm.blank(), aliasTyped, errors, actor);
	}

	/** The survivor's current title, else their profile. */
	@Override
	String describe(Person survivor) {
		return directory.positionsOf(survivor.id())
			.stream()
			.filter(Position::isCurrent)
			.findFirst()
			.map(p -> p.organizationName() + " " + p.title())
			.orElse(survivor.profile());
	}

	@Override
	Moving moving(long duplicateId) {
		return new Moving(directory.positionsOf(duplicateId).size(),
				mentions.storiesMentioningPerson(duplicateId, 1, 1).total());
	}

	private PersonForm formOf(Person person) {
		return PersonForm.of(person, directory.photoOf(person.id()).orElse(null));
	}

	/** The form's own checks, and whether the chosen photo is in the media library. */
	private FieldErrors problems(PersonForm form) {
		FieldErrors errors = form.problems(PersonForm.thisYear(clock));
		if (!errors.has("photoImageId") && form.photo() != null && images.find(form.photo()).isEmpty()) {
			errors.add("photoImageId", "사진 번호 " + form.photo() + "에 해당하는 사진이 없습니다. 사진을 먼저 올려 주세요.");
		}
		return errors;
	}

	private Position positionOf(long personId, long positionId) {
		return directory.position(positionId)
			.filter(p -> p.personId() == personId)
			.orElseThrow(() -> Refusal.notFound("이 인물의 직함 " + positionId + "번이 없습니다."));
	}

	private String edit(Model model, Person person, PersonForm form, PositionForm positionForm, String aliasTyped,
			FieldErrors errors, Actor actor) {
		Image photo = form.photo() == null ? null : images.find(form.photo()).orElse(null);
		model.addAttribute("page", new PersonEditPage(person, form,
				person == null ? List.of() : directory.aliasesOfPerson(person.id()),
				person == null ? List.of() : directory.positionsOf(person.id()), positionForm, aliasTyped,
				errors.asMap(), Editors.mayEdit(actor), flash(model), photo));
		return "people/person-editor";
	}
}
