package org.sightline.assessment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a force runs THRIVE: its elements (the six of THRIVE, plus any it adds, such as prevention or
 * scene preservation, each mandatory or optional) and, for each response grade, the code it shows
 * and its target attendance time. Set under {@code sightline.thrive}: {@code extra-elements} are added
 * to the six; {@code elements} replaces them.
 *
 * @param elements the elements in place of THRIVE's six (code, label, mandatory)
 * @param extraElements elements added to THRIVE's six, such as prevention or scene preservation
 * @param grades the code shown and the target attendance time in minutes of each response grade
 *        (EMERGENCY Grade 1, 15; PRIORITY Grade 2, 60; SCHEDULED Grade 3, 2,880; RESOLUTION_WITHOUT_DEPLOYMENT
 *        Grade 4, no deployment, unless set)
 */
@ConfigurationProperties("sightline.thrive")
public record ThriveSettings(List<Element> elements, List<Element> extraElements, Map<ResponseGrade, Grade> grades) {

	public record Element(String code, String label, boolean mandatory) {
	}

	/** @param targetMinutes target time to attend; null when there is no deployment */
	public record Grade(String displayCode, Integer targetMinutes) {
	}

	public ThriveSettings {
		if (elements == null || elements.isEmpty()) {
			elements = List.of(new Element("THREAT", "Threat", true), new Element("HARM", "Harm", true),
					new Element("RISK", "Risk", true), new Element("INVESTIGATION", "Investigation", true),
					new Element("VULNERABILITY", "Vulnerability", true), new Element("ENGAGEMENT", "Engagement", true));
		}
		if (extraElements != null && !extraElements.isEmpty()) {
			var all = new java.util.ArrayList<>(elements);
			all.addAll(extraElements);
			elements = all;
		}
		elements = List.copyOf(elements);
		extraElements = List.of();
		var complete = new EnumMap<ResponseGrade, Grade>(ResponseGrade.class);
		complete.put(ResponseGrade.EMERGENCY, new Grade("Grade 1", 15));
		complete.put(ResponseGrade.PRIORITY, new Grade("Grade 2", 60));
		complete.put(ResponseGrade.SCHEDULED, new Grade("Grade 3", 48 * 60));
		complete.put(ResponseGrade.RESOLUTION_WITHOUT_DEPLOYMENT, new Grade("Grade 4", null));
		if (grades != null) {
			complete.putAll(grades);
		}
		grades = Map.copyOf(complete);
		for (Element element : elements) {
			if (element.code() == null || !element.code().matches("[A-Z][A-Z0-9_]*")) {
				throw new IllegalStateException("THRIVE element codes must be UPPER_SNAKE_CASE: " + element.code());
			}
		}
		if (elements.stream().map(Element::code).distinct().count() != elements.size()) {
			throw new IllegalStateException("A THRIVE element is configured twice: " + elements);
		}
	}

	public Grade grade(ResponseGrade grade) {
		return grades.get(grade);
	}
}
