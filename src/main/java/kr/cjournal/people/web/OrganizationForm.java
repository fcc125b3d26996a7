package kr.cjournal.people.web;

import java.util.Locale;

import kr.cjournal.core.FieldErrors;
import kr.cjournal.people.Organization;
import kr.cjournal.people.OrganizationKind;
import kr.cjournal.people.StockMarket;

/**
 * What staff type about an organisation; the parent is chosen with the autocomplete. A listed
 * company has a market ({@link StockMarket} name) and its stock code; both empty when not listed.
 */
public record OrganizationForm(String name, String kind, String parentId, String parentName, String englishName,
		String description, String stockMarket, String stockCode) {

	static OrganizationForm blank() {
		return new OrganizationForm("", OrganizationKind.COMPANY.name(), "", "", "", "", "", "");
	}

	static OrganizationForm of(Organization organization, String parentName) {
		return new OrganizationForm(organization.name(), organization.kind().name(),
				organization.parentId() == null ? "" : organization.parentId().toString(),
				parentName == null ? "" : parentName, orEmpty(organization.englishName()),
				orEmpty(organization.description()),
				organization.listing() == null ? "" : organization.listing().market().name(),
				organization.listing() == null ? "" : organization.listing().code());
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
		listingProblems(problems);
		return problems;
	}

	private void listingProblems(FieldErrors problems) {
		String market = FieldErrors.clean(stockMarket);
		String code = code();
		StockMarket chosen = market == null ? null : StockMarket.of(market).orElse(null);
		if (market != null && chosen == null) {
			problems.add("stockMarket", "상장 시장을 목록에서 골라 주세요.");
		}
		else if (market == null && code != null) {
			problems.add("stockMarket", "종목 코드를 입력했다면 상장 시장도 골라 주세요.");
		}
		else if (chosen != null && code == null) {
			problems.add("stockCode", chosen.label() + " 종목 코드를 입력해 주세요. 상장하지 않았다면 시장을 비워 두세요.");
		}
		else if (chosen != null && !chosen.accepts(code)) {
			problems.add("stockCode", chosen.label() + " 종목 코드는 " + chosen.codeRule() + "로 입력해 주세요.");
		}
	}

	/** Where the shares trade, once {@link #problems()} found nothing wrong; null when not listed. */
	Organization.Listing listing() {
		String code = code();
		StockMarket market = StockMarket.of(FieldErrors.clean(stockMarket)).orElse(null);
		return code == null || market == null || !market.accepts(code) ? null : new Organization.Listing(code, market);
	}

	/** The code as markets write it: trimmed, capital letters. */
	private String code() {
		String code = FieldErrors.clean(stockCode);
		return code == null ? null : code.toUpperCase(Locale.ROOT);
	}

	public boolean listedOn(StockMarket market) {
		return market.name().equals(stockMarket);
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
