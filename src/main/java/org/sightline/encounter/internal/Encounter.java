package org.sightline.encounter.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterRecorded;
import org.sightline.encounter.EncounterView;
import org.sightline.encounter.Location;
import org.sightline.encounter.PersonRole;
import org.sightline.encounter.RecordEncounter;
import org.sightline.encounter.Sex;
import org.sightline.encounter.Source;
import org.sightline.shared.Actor;
import org.sightline.shared.Situation;

/**
 * A call or an on-scene contact about one or more people. Recorded once, from a validated
 * {@link RecordEncounter}; later facts (assessments, routing, referrals) are separate records
 * that point at it, so an encounter is never rewritten.
 */
public final class Encounter {

	private final EncounterView state;

	private Encounter(EncounterView state) {
		this.state = state;
	}

	/** Builds a new encounter from a command that {@link EncounterValidator} accepted. */
	public static Encounter record(EncounterId id, String reference, RecordEncounter command, Actor recordedBy,
			Instant recordedAt, int reviewAfterYears) {
		List<EncounterView.PersonView> people = command.people()
			.stream()
			.map(p -> new EncounterView.PersonView(UUID.randomUUID(), PersonRole.valueOf(p.role()), clean(p.givenName()),
					clean(p.familyName()), clean(p.description()), p.dateOfBirth(), p.estimatedAgeYears(),
					p.vulnerabilities(), p.barriers(), p.communicationNeeds(), p.adjustments(), p.spokenToAlone(),
					clean(p.voice()), p.checks(), p.nextStepsExplained(), null,
					p.sex() == null ? null : Sex.valueOf(p.sex()), p.ethnicity()))
			.toList();
		Location location = new Location(clean(command.location().description()), command.location().latitude(),
				command.location().longitude());
		LocalDate reviewDate = LocalDate.ofInstant(recordedAt, ZoneOffset.UTC).plusYears(reviewAfterYears);
		return new Encounter(new EncounterView(id.value(), reference, Source.valueOf(command.source()),
				command.occurredAt(), location, command.area(), Situation.valueOf(command.situation()), command.narrative().strip(),
				recordedBy.username(), recordedAt, reviewDate, people, command.incidentFeatures()));
	}

	static Encounter fromStore(EncounterView state) {
		return new Encounter(state);
	}

	EncounterId id() {
		return new EncounterId(state.id());
	}

	String recordedBy() {
		return state.recordedBy();
	}

	public EncounterView view() {
		return state;
	}

	public EncounterRecorded recordedEvent() {
		return new EncounterRecorded(id(), state.situation(), state.occurredAt(),
				state.people().stream().map(EncounterView.PersonView::id).toList(), state.recordedBy());
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
