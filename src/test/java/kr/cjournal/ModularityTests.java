package kr.cjournal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CjournalApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

		assertThat(java.nio.file.Path.of("target", "spring-modulith-docs", "components.puml")).isNotEmptyFile();
		assertThat(java.nio.file.Path.of("target", "spring-modulith-docs", "module-newsroom.puml")).isNotEmptyFile();
	}
}
