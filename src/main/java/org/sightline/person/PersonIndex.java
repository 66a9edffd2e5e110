package org.sightline.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.person.linkage.Address;
import org.sightline.person.linkage.FieldEvidence;
import org.sightline.person.linkage.MatchExplanation;
import org.sightline.person.linkage.PartialDate;
import org.sightline.person.linkage.PersonRecord;
import org.sightline.person.linkage.SearchModel;
import org.sightline.shared.Actor;
import org.sightline.shared.Violations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person index: registers people, and finds the people a caller may be talking about. A search
 * retrieves candidates in SQL (name spelling, name sound, date of birth) and ranks them with the
 * linkage model, so every candidate comes with the evidence for it in plain English. Every search
 * is audited as a consultation.
 */
@Service
public class PersonIndex {

	static final String AUDIT_SUBJECT = "PERSON";

	static final String SEARCH_REASON = "person search";

	/** Most candidates a search returns, best first. */
	static final int MAX_RESULTS = 20;

	private static final Pattern POSTCODE = Pattern
		.compile("\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\b", Pattern.CASE_INSENSITIVE);

	private static final String MISSING = "missing from one or both records";

	private final People people;

	private final AuditTrail audit;

	private final Clock clock;

	private final int reviewAfterYears;

	private final SearchModel model = SearchModel.standard();

	PersonIndex(People people, AuditTrail audit, Clock clock,
			@Value("${sightline.retention.person-review-years:6}") int reviewAfterYears) {
		this.people = people;
		this.audit = audit;
		this.clock = clock;
		this.reviewAfterYears = reviewAfterYears;
	}

	/**
	 * Adds a person to the index.
	 * @throws org.sightline.shared.InvalidInputException when the family name is missing
	 */
	@PreAuthorize("hasAnyRole('CALL_HANDLER','RESPONDER','SUPERVISOR','SAFEGUARDING_HUB')")
	@Transactional
	public PersonId register(Actor actor, NewPerson person) {
		Violations problems = new Violations();
		if (People.normalised(person.familyName()).isEmpty()) {
			problems.add("familyName", "Enter the person's family name");
		}
		if (person.birthYear() != null && person.dateOfBirth() != null
				&& person.birthYear() != person.dateOfBirth().getYear()) {
			problems.add("birthYear", "The year of birth must agree with the date of birth");
		}
		problems.throwIfAny();
		Instant now = Instant.now(clock);
		PersonId id = PersonId.random();
		people.insert(id, person, now, LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(reviewAfterYears));
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, id.toString(), "Person added to the index", null);
		return id;
	}

	/**
	 * The people who may be the one sought, best match first, each with the evidence for it.
	 * @throws org.sightline.shared.InvalidInputException when the query has no usable name
	 */
	@PreAuthorize("hasAnyRole('CALL_HANDLER','RESPONDER','SUPERVISOR','SAFEGUARDING_HUB')")
	@Transactional
	public List<Candidate> search(Actor actor, PersonQuery query) {
		String family = People.normalised(query.familyName());
		if (family.isEmpty()) {
			new Violations().add("name", "Enter a name").throwIfAny();
		}
		String given = People.normalised(query.givenName());
		List<String> givenNames = new ArrayList<>();
		if (!given.isEmpty()) {
			givenNames.add(given);
			model.givenNameVariants(given).stream().filter(n -> !n.equals(given)).forEach(givenNames::add);
		}
		List<LocalDate> dates = query.dateOfBirth().map(PersonIndex::withDayAndMonthSwapped).orElse(List.of());

		List<People.Row> rows = people.candidates(family, givenNames, dates);
		PersonRecord sought = new PersonRecord("query", query.givenName(), query.familyName(),
				query.dateOfBirth().map(PersonIndex::partialDate).orElse(PartialDate.UNKNOWN),
				query.address().map(PersonIndex::address).orElse(Address.UNKNOWN), null, null);
		List<MatchExplanation> explanations = model.explainAll(sought,
				rows.stream().map(PersonIndex::record).toList());
		List<Scored> scored = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			scored.add(new Scored(rows.get(i), explanations.get(i)));
		}
		scored.sort(Comparator.comparingDouble((Scored s) -> s.explanation().matchWeight()).reversed()
			.thenComparing(s -> s.row().familyName())
			.thenComparing(s -> s.row().id()));
		List<Candidate> candidates = new ArrayList<>(Math.min(MAX_RESULTS, scored.size()));
		for (int i = 0; i < scored.size() && i < MAX_RESULTS; i++) {
			candidates.add(candidate(i + 1, scored.get(i)));
		}
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "search", SEARCH_REASON,
				"candidates=" + candidates.size() + "; date of birth given=" + query.dateOfBirth().isPresent()
						+ "; address given=" + query.address().isPresent());
		return candidates;
	}

	private record Scored(People.Row row, MatchExplanation explanation) {
	}

	private static Candidate candidate(int rank, Scored scored) {
		People.Row row = scored.row();
		List<String> evidence = new ArrayList<>();
		for (FieldEvidence e : scored.explanation().evidence()) {
			if (!MISSING.equals(e.level())) {
				evidence.add(e.field() + ": " + e.reason());
			}
		}
		String address = row.address() == null ? row.postcode()
				: row.postcode() == null ? row.address() : row.address() + ", " + row.postcode();
		return new Candidate(new PersonId(row.id()), rank, row.givenName(), row.familyName(), row.dateOfBirth(),
				row.birthYear(), address, Math.round(scored.explanation().matchWeight() * 10) / 10.0, evidence);
	}

	private static PersonRecord record(People.Row row) {
		PartialDate born = row.dateOfBirth() != null ? partialDate(row.dateOfBirth())
				: row.birthYear() != null ? new PartialDate(row.birthYear(), 0, 0) : PartialDate.UNKNOWN;
		Address address = row.address() == null && row.postcode() == null ? Address.UNKNOWN
				: new Address(null, row.address(), null, null, row.postcode());
		return new PersonRecord(row.id().toString(), row.givenName(), row.familyName(), born, address, null, null);
	}

	private static PartialDate partialDate(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** The date, and the date with day and month swapped when that is a date too (3 April: 4 March). */
	static List<LocalDate> withDayAndMonthSwapped(LocalDate date) {
		int day = date.getDayOfMonth();
		int month = date.getMonthValue();
		if (day == month || day > 12) {
			return List.of(date);
		}
		return List.of(date, LocalDate.of(date.getYear(), day, month));
	}

	/** Address text as typed; a UK postcode in it is taken out and compared as a postcode. */
	static Address address(String text) {
		Matcher postcode = POSTCODE.matcher(text);
		if (!postcode.find()) {
			return new Address(null, text, null, null, null);
		}
		String lines = (text.substring(0, postcode.start()) + " " + text.substring(postcode.end()))
			.replaceAll("[,\\s]+$", "").strip();
		return new Address(null, lines.isEmpty() ? null : lines, null, null,
				(postcode.group(1) + " " + postcode.group(2)).toUpperCase(Locale.ROOT));
	}
}
