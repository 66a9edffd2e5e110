package org.sightline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules depend on each other only as their package-info.java files allow. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

	@Test
	void modules_respect_their_declared_dependencies() {
		MODULES.verify();
	}

	@Test
	void module_diagrams_are_written() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
