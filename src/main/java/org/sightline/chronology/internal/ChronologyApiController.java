package org.sightline.chronology.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sightline.chronology.Chronology;
import org.sightline.chronology.TriggerFiring;
import org.sightline.person.Merge;
import org.sightline.person.NewPerson;
import org.sightline.person.PersonEvent;
import org.sightline.person.PersonId;
import org.sightline.person.PersonLink;
import org.sightline.person.PersonProfile;
import org.sightline.shared.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's chronology for other systems: the same as the page, and the reason is just as required. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "The whole person: chronology")
public class ChronologyApiController {

	/** The person, their recent contacts in a sentence, and everything about them newest first. */
	record ChronologyResponse(PersonResponse person, String summary, List<TriggerFiring> triggers,
			List<Chronology.Entry> entries, List<PersonLink> links, List<Merge> merges, List<PersonEvent> history) {
	}

	record PersonResponse(PersonId id, String givenName, String familyName, String description, LocalDate dateOfBirth,
			Integer birthYear, String sex, List<PersonId> records, List<NewPerson.Name> otherNames,
			List<NewPerson.PostalAddress> addresses, List<String> phones, List<NewPerson.Identifier> identifiers) {
	}

	private final Chronology chronology;

	ChronologyApiController(Chronology chronology) {
		this.chronology = chronology;
	}

	@GetMapping("/{id}/chronology")
	@Operation(summary = "A person's chronology, newest first",
			description = "reason (why you are opening the record) is required and is written to the audit log. "
					+ "Entries: encounters, missing episodes, THRIVE assessments, routing decisions, referrals and "
					+ "triggers across every record linked to the person. 400 without a reason; 404 for no such person.")
	ChronologyResponse chronology(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reason) {
		Chronology.PersonChronology page = chronology.open(actor, new PersonId(id), reason);
		PersonProfile p = page.person();
		return new ChronologyResponse(new PersonResponse(p.id(), p.givenName(), p.familyName(), p.description(),
				p.dateOfBirth(), p.birthYear(), p.sex(), p.records(), p.names(), p.addresses(), p.phones(),
				p.identifiers()), p.summary().text(), page.triggers(), page.entries(), p.contacts(), p.merges(),
				p.history());
	}
}
