package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
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

	/**
	 * docs/modules/README.md says how many of each module's types other modules may use (its API:
	 * what Spring Modulith counts as exposed) out of all its types (top-level, package-info aside).
	 * Moving a type into or out of a module's API changes a count here, so the page stays true.
	 */
	@Test
	void module_api_counts_are_documented() throws IOException {
		String page = Files.readString(Path.of("docs/modules/README.md"));
		List<String> rows = MODULES.stream().map(ModularityTests::countsRow).collect(Collectors.toList());
		for (String row : rows) {
			assertThat(page.lines().anyMatch(line -> line.startsWith(row)))
					.as("docs/modules/README.md should have a row starting %s; the counts now are:%n%s", row,
							String.join("\n", rows))
					.isTrue();
		}
	}

	/** {@code | `audit` | 3 | 11 |}: the module, its API types and all its types. */
	static String countsRow(ApplicationModule module) {
		List<JavaClass> types = module.getBasePackage().stream()
				.filter(JavaClass::isTopLevelClass)
				.filter(type -> !type.getSimpleName().equals("package-info"))
				.collect(Collectors.toList());
		long api = types.stream().filter(module::isExposed).count();
		return "| `" + module.getName() + "` | " + api + " | " + types.size() + " |";
	}
}
