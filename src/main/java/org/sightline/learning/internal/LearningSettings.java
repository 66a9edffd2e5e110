package org.sightline.learning.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sightline.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The learning module's settings under {@code sightline.learning}, with their defaults written here
 * once. Checked at start-up. A force that lists its own {@code courses} replaces the whole catalogue,
 * and one that lists its own {@code required-by-role} replaces every role's list.
 *
 * @param dueWithinDays a required course whose renewal falls within this many days is shown as due for renewal
 * @param courses the course catalogue, by code (capitals and underscores): each course's title (the
 *        message bundle's {@code course.<code>} label comes first where there is one) and how many months
 *        until it must be done again ({@code 0}: never); by default Vulnerability and THRIVE (36),
 *        Domestic abuse (DA Matters) (36), Mental health awareness (24) and Child exploitation (24)
 * @param requiredByRole the courses each role must have done, by role (e.g.
 *        {@code sightline.learning.required-by-role.RESPONDER=VULNERABILITY_THRIVE,DA_MATTERS}); a role not
 *        listed has none
 * @param digestDays the learning digest covers the debriefs of this many days up to today, unless a trainer
 *        chooses another period
 */
@ConfigurationProperties("sightline.learning")
public record LearningSettings(@DefaultValue("60") int dueWithinDays, Map<String, Course> courses,
		Map<Role, List<String>> requiredByRole, @DefaultValue("30") int digestDays) {

	/**
	 * A course of the catalogue.
	 *
	 * @param title the course's name, where the message bundle has no label for it
	 * @param renewalMonths months from completion until it must be done again; 0 for never
	 */
	public record Course(String title, @DefaultValue("36") int renewalMonths) {
	}

	static final Map<String, Course> DEFAULT_COURSES = defaultCourses();

	static final Map<Role, List<String>> DEFAULT_REQUIRED = defaultRequired();

	public LearningSettings {
		if (dueWithinDays < 0 || dueWithinDays > 366) {
			throw new IllegalArgumentException(
					"sightline.learning.due-within-days is " + dueWithinDays + ": it must be from 0 to 366");
		}
		if (digestDays < 1 || digestDays > 366) {
			throw new IllegalArgumentException(
					"sightline.learning.digest-days is " + digestDays + ": it must be from 1 to 366");
		}
		courses = courses == null || courses.isEmpty() ? DEFAULT_COURSES : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(courses));
		requiredByRole = requiredByRole == null || requiredByRole.isEmpty() ? DEFAULT_REQUIRED : java.util.Collections.unmodifiableMap(new EnumMap<>(requiredByRole));
		for (var course : courses.entrySet()) {
			if (!course.getKey().matches("[A-Z][A-Z0-9_]{1,62}")) {
				throw new IllegalArgumentException("sightline.learning.courses." + course.getKey()
						+ ": a course's code is capitals, digits and underscores");
			}
			if (course.getValue() == null || course.getValue().renewalMonths() < 0
					|| course.getValue().renewalMonths() > 240) {
				throw new IllegalArgumentException("sightline.learning.courses." + course.getKey()
						+ ".renewal-months must be from 0 (never renewed) to 240");
			}
		}
		for (var required : requiredByRole.entrySet()) {
			for (String code : required.getValue()) {
				if (!courses.containsKey(code)) {
					throw new IllegalArgumentException("sightline.learning.required-by-role." + required.getKey()
							+ " names " + code + ", which is not in sightline.learning.courses");
				}
			}
		}
	}

	private static Map<String, Course> defaultCourses() {
		Map<String, Course> courses = new LinkedHashMap<>();
		courses.put("VULNERABILITY_THRIVE", new Course("Vulnerability and THRIVE", 36));
		courses.put("DA_MATTERS", new Course("Domestic abuse (DA Matters)", 36));
		courses.put("MENTAL_HEALTH_AWARENESS", new Course("Mental health awareness", 24));
		courses.put("CHILD_EXPLOITATION", new Course("Child exploitation", 24));
		return java.util.Collections.unmodifiableMap(courses);
	}

	private static Map<Role, List<String>> defaultRequired() {
		List<String> all = List.of("VULNERABILITY_THRIVE", "DA_MATTERS", "MENTAL_HEALTH_AWARENESS", "CHILD_EXPLOITATION");
		Map<Role, List<String>> required = new EnumMap<>(Role.class);
		required.put(Role.CALL_HANDLER, List.of("VULNERABILITY_THRIVE", "DA_MATTERS", "MENTAL_HEALTH_AWARENESS"));
		required.put(Role.RESPONDER, all);
		required.put(Role.SUPERVISOR, all);
		required.put(Role.SAFEGUARDING_HUB, List.of("VULNERABILITY_THRIVE", "DA_MATTERS", "CHILD_EXPLOITATION"));
		required.put(Role.TRAINER, List.of("VULNERABILITY_THRIVE"));
		required.put(Role.WELLBEING_LEAD, List.of("MENTAL_HEALTH_AWARENESS"));
		return java.util.Collections.unmodifiableMap(required);
	}

	/** The courses required of someone who holds these roles, in catalogue order. */
	public List<String> requiredOf(java.util.Set<Role> roles) {
		java.util.Set<String> wanted = new java.util.HashSet<>();
		roles.forEach(role -> wanted.addAll(requiredByRole.getOrDefault(role, List.of())));
		return courses.keySet().stream().filter(wanted::contains).toList();
	}
}
