package kr.cjournal.people.web;

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

import kr.cjournal.core.StaffController;
import kr.cjournal.people.Directory;
import kr.cjournal.people.DirectoryMerges;
import kr.cjournal.people.Mentions;
import kr.cjournal.people.NameSuggestions;
import kr.cjournal.people.Organization;

/** Staff pages for the organisations of the directory: list and search, add, change, aliases, merge. */
@StaffController
@Controller
@RequestMapping("/newsroom/companies")
class CompaniesEditorController {

	private final Directory directory;

	private final DirectoryMerges merges;

	private final Mentions mentions;

	private final NameSuggestions suggestions;

	CompaniesEditorController(Directory directory, DirectoryMerges merges, Mentions mentions,
			NameSuggestions suggestions) {
		this.directory = directory;
		this.merges = merges;
		this.mentions = mentions;
		this.suggestions = suggestions;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, HttpServletRequest request, Model model) {
		String query = q.length() > 40 ? q.substring(0, 40) : q.strip();
		List<DirectoryListPage.Row> rows = query.isEmpty()
				? directory.recentOrganizations(50).stream()
					.map(o -> new DirectoryListPage.Row(o.id(), o.name(), o.kind().label()))
					.toList()
				: suggestions.suggest(query).stream()
					.filter(s -> "organization".equals(s.type()))
					.map(s -> new DirectoryListPage.Row(s.id(), s.name(), s.description()))
					.toList();
		model.addAttribute("page", new DirectoryListPage("organization", query, rows,
				mentions.mostMentionedPeopleThisWeek(10), mentions.mostMentionedOrganizationsThisWeek(10),
				Editors.mayEdit(request), PeopleEditorController.flash(model)));
		return "people/list";
	}

	@GetMapping("/new")
	String newOrganization(HttpServletRequest request, Model model) {
		return edit(model, null, OrganizationForm.blank(), "", Map.of(), request);
	}

	@PostMapping
	String create(OrganizationForm form, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = problems(form, null);
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return edit(model, null, form, "", errors, request);
		}
		Organization organization = directory.addOrganization(Fields.clean(form.name()), form.kindOrNull(),
				form.parent(), Fields.clean(form.englishName()), Fields.clean(form.description()));
		return saved(redirect, organization.id(), organization.name() + "을(를) 기업·기관 정보에 추가했습니다.");
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, HttpServletRequest request, Model model) {
		Organization organization = find(id);
		return edit(model, organization, OrganizationForm.of(organization, parentName(organization)), "", Map.of(),
				request);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, OrganizationForm form, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Editors.requireEditor(request);
		Organization organization = find(id);
		Map<String, String> errors = problems(form, id);
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return edit(model, organization, form, "", errors, request);
		}
		directory.updateOrganization(id, Fields.clean(form.name()), form.kindOrNull(), form.parent(),
				Fields.clean(form.englishName()), Fields.clean(form.description()));
		return saved(redirect, id, "저장했습니다.");
	}

	@PostMapping("/{id}/aliases")
	String addAlias(@PathVariable long id, @RequestParam(defaultValue = "") String alias, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Editors.requireEditor(request);
		Organization organization = find(id);
		String cleaned = Fields.clean(alias);
		Map<String, String> errors = new LinkedHashMap<>();
		Fields.required(errors, "alias", "다른 표기", alias, 100);
		if (errors.isEmpty()
				&& (cleaned.equals(organization.name()) || directory.aliasesOfOrganization(id).contains(cleaned))) {
			errors.put("alias", "다른 표기 '" + cleaned + "'은(는) 이미 있습니다.");
		}
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return edit(model, organization, OrganizationForm.of(organization, parentName(organization)), alias, errors,
					request);
		}
		directory.addOrganizationAlias(id, cleaned);
		return saved(redirect, id, "다른 표기 '" + cleaned + "'을(를) 더했습니다.");
	}

	@PostMapping("/{id}/aliases/remove")
	String removeAlias(@PathVariable long id, @RequestParam(defaultValue = "") String alias,
			HttpServletRequest request, RedirectAttributes redirect) {
		Editors.requireEditor(request);
		find(id);
		directory.removeOrganizationAlias(id, alias);
		return saved(redirect, id, "다른 표기 '" + alias + "'을(를) 뺐습니다.");
	}

	@GetMapping("/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(defaultValue = "") String intoId,
			@RequestParam(defaultValue = "") String intoName, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Editors.requireEditor(request);
		Organization duplicate = find(id);
		Long into = Fields.id(intoId);
		String error = null;
		Organization survivor = null;
		if (Fields.clean(intoId) != null || Fields.clean(intoName) != null) {
			survivor = into == null ? null : directory.organization(into).orElse(null);
			error = survivor == null ? "남길 기업·기관을 입력하고 목록에서 골라 주세요."
					: into == id ? "같은 기관끼리는 합칠 수 없습니다. 남길 다른 기관을 골라 주세요." : null;
			if (error != null) {
				response.setStatus(400);
			}
		}
		model.addAttribute("page", new MergePage("organization", id, duplicate.name(),
				survivor == null ? null : survivor.id(), survivor == null ? null : survivor.name(),
				survivor == null ? null : survivor.kind().label(), directory.currentPeopleOf(id).size(),
				directory.aliasesOfOrganization(id).size(), mentions.storiesMentioningOrganization(id, 1, 1).total(),
				error));
		return "people/merge";
	}

	@PostMapping("/{id}/merge")
	String doMerge(@PathVariable long id, @RequestParam(defaultValue = "") String intoId, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Editors.requireEditor(request);
		Organization duplicate = find(id);
		Long into = Fields.id(intoId);
		if (into == null || into == id || directory.organization(into).isEmpty()) {
			return merge(id, intoId, "?", request, response, model);
		}
		merges.mergeOrganizations(id, into, request.getRemoteUser());
		return saved(redirect, into, duplicate.name() + "(" + id + ") 항목을 이 기관으로 합쳤습니다. 예전 주소 /company/" + id
				+ "는 이 기관 페이지로 연결됩니다.");
	}

	private Map<String, String> problems(OrganizationForm form, Long id) {
		Map<String, String> errors = form.problems();
		Long parent = form.parent();
		if (!errors.containsKey("parent") && parent != null) {
			if (directory.organization(parent).isEmpty()) {
				errors.put("parent", "고른 상위 기관이 목록에 없습니다. 다시 골라 주세요.");
			}
			else if (id != null && directory.isSelfOrBelow(parent, id)) {
				errors.put("parent", "자기 자신이나 그 아래 기관을 상위 기관으로 정할 수 없습니다.");
			}
		}
		return errors;
	}

	private String parentName(Organization organization) {
		return organization.parentId() == null ? null
				: directory.organization(organization.parentId()).map(Organization::name).orElse(null);
	}

	private Organization find(long id) {
		return directory.organization(id)
			.orElseThrow(() -> new DirectoryEditorErrors.Missing("기업·기관 정보 " + id + "번이 없습니다. 합쳐졌거나 지워졌을 수 있습니다."));
	}

	private static String saved(RedirectAttributes redirect, long id, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/newsroom/companies/" + id;
	}

	private String edit(Model model, Organization organization, OrganizationForm form, String aliasTyped,
			Map<String, String> errors, HttpServletRequest request) {
		model.addAttribute("page", new OrganizationEditPage(organization, form,
				organization == null ? List.of() : directory.aliasesOfOrganization(organization.id()), aliasTyped, errors,
				Editors.mayEdit(request), PeopleEditorController.flash(model)));
		return "people/company";
	}
}
