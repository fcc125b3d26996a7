package kr.cjournal.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.cjournal.support.PeopleModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding who a search box names: by exact name or alias, never by a part of one. */
@PeopleModuleTest
class DirectoryFindByNameTests {

	@Autowired
	Directory directory;

	@Test
	void findsAPersonByNameAndByAliasButNotByPartOfTheName() {
		Person person = directory.addPerson("변검색", null, "Byeon Geomsaek", 1970, null);
		directory.addPersonAlias(person.id(), "검색왕");

		assertThat(directory.findByName(" 변검색 ")).extracting(DirectoryEntry::url).containsExactly(person.url());
		assertThat(directory.findByName("검색왕")).extracting(DirectoryEntry::id).containsExactly(person.id());
		assertThat(directory.findByName("변검")).isEmpty();
		assertThat(directory.findByName("")).isEmpty();
		assertThat(directory.findByName(null)).isEmpty();
	}

	@Test
	void findsAnOrganisationByAnAliasWhateverItsCase() {
		Organization company = directory.addOrganization("검색테스트전자", OrganizationKind.COMPANY, null, null, null);
		directory.addOrganizationAlias(company.id(), "GSTE");

		assertThat(directory.findByName("gste")).singleElement()
			.isInstanceOfSatisfying(Organization.class, found -> assertThat(found.name()).isEqualTo("검색테스트전자"));
	}
}
