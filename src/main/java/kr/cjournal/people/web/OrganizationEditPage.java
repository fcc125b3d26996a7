package kr.cjournal.people.web;

import java.util.List;
import java.util.Map;

import kr.cjournal.people.Organization;
import kr.cjournal.people.OrganizationKind;
import kr.cjournal.people.StockMarket;

/** The form to add an organisation ({@code organization} null) or to change one, with its aliases. */
public record OrganizationEditPage(Organization organization, OrganizationForm form, List<String> aliases,
		String aliasTyped, Map<String, String> errors, boolean mayEdit, String notice) {

	public boolean creating() {
		return organization == null;
	}

	public String action() {
		return creating() ? "/newsroom/companies" : "/newsroom/companies/" + organization.id();
	}

	public String error(String field) {
		return errors.get(field);
	}

	public List<OrganizationKind> kinds() {
		return List.of(OrganizationKind.values());
	}

	public List<StockMarket> markets() {
		return List.of(StockMarket.values());
	}
}
