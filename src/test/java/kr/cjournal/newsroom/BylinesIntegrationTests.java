package kr.cjournal.newsroom;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.cjournal.accounts.Accounts;
import kr.cjournal.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff accounts and bylines stay in step: reporters write under their own name. */
@DeskTest
class BylinesIntegrationTests {

	static final String PASSWORD = "Nuri-Bank-Desk-2026!";

	@Autowired
	DeskFixture fixture;

	@Autowired
	Accounts accounts;

	@Autowired
	Reporters reporters;

	@BeforeEach
	void newsroom() {
		fixture.reset();
	}

	@Test
	void aNewReporterAccountGetsABylineWithItsNameAndEmail() {
		accounts.createStaff("dogyeong", "이도경", "dogyeong.lee@cjournal.example", PASSWORD, Set.of(Role.REPORTER));

		Reporter byline = reporters.findByUsername("dogyeong").orElseThrow();
		assertThat(byline.name()).isEqualTo("이도경");
		assertThat(byline.email()).isEqualTo("dogyeong.lee@cjournal.example");
	}

	@Test
	void aReporterWhoWroteBeforeHavingAnAccountKeepsTheirBylineNotASecondOne() {
		Reporter before = reporters.create("오승우", "seungwoo.oh@cjournal.example");

		accounts.createStaff("seungwoo", "오승우", "Seungwoo.Oh@cjournal.example", PASSWORD, Set.of(Role.REPORTER));

		assertThat(reporters.findByUsername("seungwoo").orElseThrow().id()).isEqualTo(before.id());
		assertThat(reporters.all()).filteredOn(r -> r.name().equals("오승우")).hasSize(1);
	}

	@Test
	void anEditorWithoutTheReporterRoleGetsNoByline() {
		accounts.createStaff("desk.kim", "김데스크", "desk.kim@cjournal.example", PASSWORD, Set.of(Role.EDITOR));

		assertThat(reporters.findByUsername("desk.kim")).isEmpty();
	}
}
