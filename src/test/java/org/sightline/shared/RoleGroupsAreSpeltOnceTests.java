package org.sightline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A role group is spelt once, in {@link RoleGroup}: each method-security annotation in
 * {@code org.sightline.shared.access} names exactly its group's roles, and no facade spells out
 * {@code hasAnyRole(...)} for itself. (Who each group lets in is pinned by AuthorizationMatrixTests.)
 */
class RoleGroupsAreSpeltOnceTests {

	private static final String ACCESS = "org.sightline.shared.access";

	private static final Pattern HAS_ANY_ROLE = Pattern.compile("hasAnyRole\\(((?:'[A-Z_]+',?\\s*)+)\\)");

	static Set<Role> rolesIn(String expression) {
		Matcher m = HAS_ANY_ROLE.matcher(expression);
		assertThat(m.matches()).as("a plain hasAnyRole(...): " + expression).isTrue();
		return Arrays.stream(m.group(1).split(",")).map(r -> Role.valueOf(r.strip().replace("'", "")))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	static String annotationName(RoleGroup group) {
		return Arrays.stream(group.name().split("_"))
			.map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
			.collect(Collectors.joining());
	}

	@Test
	void each_role_group_has_a_method_security_annotation_that_names_exactly_its_roles() throws Exception {
		for (RoleGroup group : RoleGroup.values()) {
			Class<?> annotation = Class.forName(ACCESS + "." + annotationName(group));
			PreAuthorize rule = annotation.getAnnotation(PreAuthorize.class);
			assertThat(rule).as(annotation.getSimpleName() + " carries @PreAuthorize").isNotNull();
			assertThat(rolesIn(rule.value())).as(annotation.getSimpleName()).isEqualTo(group.roles());
		}
	}

	@Test
	void every_method_security_annotation_stands_for_a_role_group() {
		JavaClasses access = new ClassFileImporter().importPackages(ACCESS);
		List<String> annotations = access.stream().filter(JavaClass::isAnnotation).map(JavaClass::getSimpleName).sorted().toList();
		assertThat(annotations).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(RoleGroup.values()).map(RoleGroupsAreSpeltOnceTests::annotationName).toList());
	}

	@Test
	void no_production_class_spells_out_a_role_group_in_its_own_pre_authorize() {
		JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.sightline");
		List<String> spelt = new ArrayList<>();
		production.stream().filter(c -> !c.getPackageName().equals(ACCESS)).forEach(c -> {
			c.tryGetAnnotationOfType(PreAuthorize.class).filter(p -> p.value().contains("hasAnyRole"))
				.ifPresent(p -> spelt.add(c.getName() + ": " + p.value()));
			c.getMethods().forEach(m -> m.tryGetAnnotationOfType(PreAuthorize.class)
				.filter(p -> p.value().contains("hasAnyRole"))
				.ifPresent(p -> spelt.add(m.getFullName() + ": " + p.value())));
		});
		assertThat(production.stream().filter(c -> c.isMetaAnnotatedWith(PreAuthorize.class)).count())
			.as("facades guarded through the annotations were imported").isPositive();
		assertThat(spelt).as("use the annotation of the role group (org.sightline.shared.access)").isEmpty();
	}

	@Test
	void an_actor_is_in_a_group_by_any_of_its_roles_and_nobody_is_in_none() {
		Actor hub = new Actor("hub", "Hub", Set.of(Role.SAFEGUARDING_HUB), java.util.Optional.empty());
		assertThat(RoleGroup.SAFEGUARDING_REVIEWERS.includes(hub)).isTrue();
		assertThat(RoleGroup.DEMAND_READERS.includes(hub)).isFalse();
		assertThat(RoleGroup.STAFF_WHO_RECORD.includes(null)).isFalse();
		assertThat(RoleGroup.REFERRAL_PARTIES.roleNames()).containsExactly("CALL_HANDLER", "RESPONDER", "SUPERVISOR",
				"SAFEGUARDING_HUB", "PARTNER_PRACTITIONER");
	}
}
