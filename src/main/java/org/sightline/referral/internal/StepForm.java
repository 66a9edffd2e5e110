package org.sightline.referral.internal;

import java.util.List;

import org.sightline.shared.Violation;

/**
 * What was typed into one of a referral's step forms (accept, decline, record the outcome...) and
 * why the step was refused, kept so the form shows it again with each problem beside its field.
 */
public record StepForm(String step, String text, String team, String receivedByPhoneFrom, List<Violation> problems)
		implements java.io.Serializable {

	public StepForm {
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	/** The id of the field a problem is about, for the error summary's link. */
	public String anchor(String field) {
		return switch (field(field)) {
			case "receivedByPhoneFrom" -> step + "-phone";
			case "team" -> step + "-team";
			default -> switch (step) {
				case "accept" -> "accept-note";
				case "decline" -> "decline-reason";
				case "outcome" -> "outcome";
				case "revoke" -> "revoke-reason";
				default -> "actions";
			};
		};
	}

	/** The problem with a field of the given step's form, or null. */
	public String problem(String ofStep, String field) {
		if (!step.equals(ofStep)) {
			return null;
		}
		return problems.stream().filter(v -> field(v.field()).equals(field)).map(Violation::message).findFirst().orElse(null);
	}

	/** What was typed into a field of the given step's form, or null. */
	public String typed(String ofStep, String field) {
		if (!step.equals(ofStep)) {
			return null;
		}
		return switch (field) {
			case "team" -> team;
			case "receivedByPhoneFrom" -> receivedByPhoneFrom;
			default -> text;
		};
	}

	/** The form field a problem names: the note, reason and outcome are all typed into "text". */
	private static String field(String name) {
		return name.equals("receivedByPhoneFrom") || name.equals("team") ? name : "text";
	}
}
