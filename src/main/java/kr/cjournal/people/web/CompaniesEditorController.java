package kr.cjournal.people.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kr.cjournal.accounts.Actor;
import kr.cjournal.core.FieldErrors;
import kr.cjournal.core.StaffController;
import kr.cjournal.people.Directory;
import kr.cjournal.people.DirectoryMerges;
import kr.cjournal.people.Mentions;
import kr.cjournal.people.NameSuggestions;
import kr.cjournal.people.Organization;

/**
 * Staff pages for the organisations of the directory: add and change here; list and search,
 * aliases and merge as for people ({@link DirectoryEditor}).
 */
@StaffController
@Controller
@RequestMapping("/newsroom/companies")
class CompaniesEditorController extends DirectoryEditor<Organization> {

	private static final Kind ORGANIZATIONS = new Kind("organization", "/newsroom/companies", "기업·기관", "기관",
			"기관으로");

	private final Directory directory;

	private final NameSuggestions suggestions;

	CompaniesEditorController(Directory directory, DirectoryMerges merges, Mentions mentions,
			NameSuggestions suggestions) {
		super(ORGANIZATIONS, new Store(directory::aliasesOfOrganization, directory::addOrganizationAlias,
				directory::removeOrganizationAlias, merges::mergeOrganizations), mentions);
		this.directory = directory;
		this.suggestions = suggestions;
	}

	@GetMapping("/new")
	String newOrganization(Actor actor, Model model) {
		return edit(model, null, OrganizationForm.blank(), "", new FieldErrors(), actor);
	}

	@PostMapping
	String create(OrganizationForm form, Actor actor, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		FieldErrors errors = problems(form, null);
		if (!errors.isEmpty()) {
			return badRequest(response, edit(model, null, form, "", errors, actor));
		}
		Organization organization = directory.addOrganization(FieldErrors.clean(form.name()), form.kindOrNull(),
				form.parent(), FieldErrors.clean(form.englishName()), FieldErrors.clean(form.description()),
				form.listing());
		return saved(redirect, organization.id(), organization.name() + "을(를) 기업·기관 정보에 추가했습니다.");
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, OrganizationForm form, Actor actor,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Editors.requireEditor(actor);
		Organization organization = find(id);
		FieldErrors errors = problems(form, id);
		if (!errors.isEmpty()) {
			return badRequest(response, edit(model, organization, form, "", errors, actor));
		}
		directory.updateOrganization(id, FieldErrors.clean(form.name()), form.kindOrNull(), form.parent(),
				FieldErrors.clean(form.englishName()), FieldErrors.clean(form.description()), form.listing());
		return saved(redirect, id, "저장했습니다.");
	}

	@Override
	Optional<Organization> lookup(long id) {
		return directory.organization(id);
	}

	@Override
	List<DirectoryListPage.Row> rows(String query) {
		return query.isEmpty()
				? directory.recentOrganizations(50)
					.stream()
					.map(o -> new DirectoryListPage.Row(o.id(), o.name(), o.kind().label()))
					.toList()
				: suggestions.suggest(query)
					.stream()
					.filter(s -> "organization".equals(s.type()))
					.map(s -> new DirectoryListPage.Row(s.id(), s.name(), s.description()))
					.toList();
	}

	@Override
	String page(Model model, Organization organization, String aliasTyped, FieldErrors errors,
			Actor actor) {
		return edit(model, organization, OrganizationForm.of(organization, parentName(organization)), aliasTyped, errors,
				actor);
	}

	/** The survivor's kind: 그룹, 기업 ... */
	@Override
	String describe(Organization survivor) {
		return survivor.kind().label();
	}

	@Override
	Moving moving(long duplicateId) {
		// An organisation's titles are those its people hold there now.
		return new Moving(directory.currentPeopleOf(duplicateId).size(),
				mentions.storiesMentioningOrganization(duplicateId, 1, 1).total());
	}

	/** The form's own checks, and whether the parent exists and would not make a loop. */
	private FieldErrors problems(OrganizationForm form, Long id) {
		FieldErrors errors = form.problems();
		Long parent = form.parent();
		if (!errors.has("parent") && parent != null) {
			if (directory.organization(parent).isEmpty()) {
				errors.add("parent", "고른 상위 기관이 목록에 없습니다. 다시 골라 주세요.");
			}
			else if (id != null && directory.isSelfOrBelow(parent, id)) {
				errors.add("parent", "자기 자신이나 그 아래 기관을 상위 기관으로 정할 수 없습니다.");
			}
		}
		return errors;
	}

	private String parentName(Organization organization) {
		return organization.parentId() == null ? null
				: directory.organization(organization.parentId()).map(Organization::name).orElse(null);
	}

	private String edit(Model model, Organization organization, OrganizationForm form, String aliasTyped,
			FieldErrors errors, Actor actor) {
		model.addAttribute("page", new OrganizationEditPage(organization, form,
				organization == null ? List.of() : directory.aliasesOfOrganization(organization.id()), aliasTyped,
				errors.asMap(), Editors.mayEdit(actor), flash(model)));
		return "people/company-editor";
	}
}
