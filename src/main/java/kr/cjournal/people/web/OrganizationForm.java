package kr.cjournal.people.web;

import kr.cjournal.core.FieldErrors;
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

	/** What is wrong with it; empty when all is well. */
	FieldErrors problems() {
		FieldErrors problems = new FieldErrors();
		problems.required("name", "이름", name, 100);
		if (kindOrNull() == null) {
			problems.add("kind", "종류를 목록에서 골라 주세요.");
		}
		if (!FieldErrors.isId(parentId) || (FieldErrors.id(parentId) == null && FieldErrors.clean(parentName) != null)) {
			problems.add("parent", "상위 기관은 입력한 뒤 목록에서 골라 주세요.");
		}
		problems.optional("englishName", "영문 이름", englishName, 100);
		problems.optional("description", "소개", description, 1000);
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
		return FieldErrors.id(parentId);
	}

	public boolean is(OrganizationKind candidate) {
		return candidate.name().equals(kind);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
