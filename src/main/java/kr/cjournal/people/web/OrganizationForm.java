package kr.cjournal.people.web;

import java.util.LinkedHashMap;
import java.util.Map;

import kr.cjournal.people.Organization;
import kr.cjournal.people.OrganizationKind;

/** What staff type about an organisation; the parent is chosen with the autocomplete. */
public record OrganizationForm(String name, String kind, String parentId, String parentName, String englishName,
		String description) {

	static OrganizationForm blank() {
		return new OrganizationForm("", OrganizationKind.COMPANY.name(), "", "", "", "");
	}

	static OrganizationForm of(Organization organization, String parentName) {
		return new OrganizationForm(organization.name(), organization.kind().name(),
				organization.parentId() == null ? "" : organization.parentId().toString(),
				parentName == null ? "" : parentName, orEmpty(organization.englishName()),
				orEmpty(organization.description()));
	}

	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		Fields.required(problems, "name", "이름", name, 100);
		if (kindOrNull() == null) {
			problems.put("kind", "종류를 목록에서 골라 주세요.");
		}
		if (!Fields.isId(parentId) || (Fields.id(parentId) == null && Fields.clean(parentName) != null)) {
			problems.put("parent", "상위 기관은 입력한 뒤 목록에서 골라 주세요.");
		}
		Fields.optional(problems, "englishName", "영문 이름", englishName, 100);
		Fields.optional(problems, "description", "소개", description, 1000);
		return problems;
	}

	OrganizationKind kindOrNull() {
		for (OrganizationKind candidate : OrganizationKind.values()) {
			if (candidate.name().equals(kind)) {
				return candidate;
			}
		}
		return null;
	}

	Long parent() {
		return Fields.id(parentId);
	}

	public boolean is(OrganizationKind candidate) {
		return candidate.name().equals(kind);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
