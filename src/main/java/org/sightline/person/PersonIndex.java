package org.sightline.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.person.internal.People;
import org.sightline.person.internal.PersonLinks;
import org.sightline.person.linkage.Address;
import org.sightline.person.linkage.FieldEvidence;
import org.sightline.person.linkage.MatchExplanation;
import org.sightline.person.linkage.PartialDate;
import org.sightline.person.linkage.PersonRecord;
import org.sightline.person.linkage.SearchModel;
import org.sightline.shared.Actor;
import org.sightline.shared.SightlineSettings;
import org.sightline.shared.Violations;
import org.sightline.shared.access.StaffWhoRecord;
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

	public static final String AUDIT_SUBJECT = "PERSON";

	static final String SEARCH_REASON = "person search";

	/** Most candidates a search returns, best first. */
	static final int MAX_RESULTS = 20;

	/** The most other names, addresses, phone numbers or identifiers (each) one person record holds. */
	static final int MAX_DETAILS_PER_KIND = 50;

	private static final Pattern POSTCODE = Pattern
		.compile("\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\b", Pattern.CASE_INSENSITIVE);


	private final People people;

	private final AuditTrail audit;

	private final Clock clock;

	private final int reviewAfterYears;

	/** Bits added for the same phone number: shared phones (a family's landline) are common, so less than an identifier. */
	static final double SAME_PHONE_WEIGHT = 8;

	/** Bits added for the same identifier (PNC ID, NHS number): issued to one person. */
	static final double SAME_IDENTIFIER_WEIGHT = 20;

	private final SearchModel model = SearchModel.standard();

	private final PersonLinks links;

	private final PersonRestrictions restrictions;

	PersonIndex(People people, PersonLinks links, AuditTrail audit, Clock clock, PersonRestrictions restrictions,
			SightlineSettings shared) {
		this.restrictions = restrictions;
		this.people = people;
		this.links = links;
		this.audit = audit;
		this.clock = clock;
		this.reviewAfterYears = shared.retention().personReviewYears();
	}

	/**
	 * Adds a person to the index, with their other names, addresses, phone numbers and identifiers
	 * checked as {@link #addDetails} checks them.
	 * @throws org.sightline.shared.InvalidInputException naming every invalid field; nothing is stored
	 */
	@StaffWhoRecord
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
		MoreDetails details = withoutRepeats(checked(new MoreDetails(person.aliases(), person.addresses(),
				person.phones(), person.identifiers()), Set.of(), problems), People.Held.NOTHING, problems);
		problems.throwIfAny();
		Instant now = Instant.now(clock);
		PersonId id = PersonId.random();
		people.insert(id, new NewPerson(person.givenName(), person.familyName(), person.dateOfBirth(), person.birthYear(),
				person.sex(), details.aliases(), details.addresses(), details.phones(), details.identifiers()), now,
				LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(reviewAfterYears));
		links.insertEvent(id.value(), now, actor.username(), "CREATED", "Added to the index", null);
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, id.toString(), "Person added to the index", null);
		return id;
	}

	/** Identifier schemes the index knows. */
	public static final java.util.Set<String> IDENTIFIER_SCHEMES = java.util.Set.of("PNC_ID", "NHS_NUMBER",
			"NATIONAL_INSURANCE_NUMBER", "CRO_NUMBER");

	/**
	 * Adds details learned about a person: other names, addresses, phone numbers, identifiers. They
	 * go on the record the person is read as (the survivor, when merged). Audited as a collection.
	 * @throws org.sightline.shared.InvalidInputException naming every invalid field; nothing is stored
	 */
	@StaffWhoRecord
	@Transactional
	public void addDetails(Actor actor, PersonId id, MoreDetails details) {
		links.details(id.value()).orElseThrow(() -> new org.sightline.shared.RecordNotFoundException("Person"));
		UUID root = links.rootOf(id.value());
		Violations problems = new Violations();
		if (details.isEmpty()) {
			problems.add("details", "Enter at least one name, address, phone number or identifier to add");
		}
		MoreDetails checked = withoutRepeats(checked(details, new HashSet<>(links.cluster(root)), problems),
				people.held(new PersonId(root)), problems);
		if (!details.isEmpty() && checked.isEmpty() && problems.isEmpty()) {
			problems.add("details", "These details are already recorded for this person");
		}
		problems.throwIfAny();
		Instant now = Instant.now(clock);
		people.addDetails(new PersonId(root), checked.aliases(), checked.addresses(), checked.phones(),
				checked.identifiers(), now);
		String what = "Added " + String.join(", ", java.util.stream.Stream
			.of(count(checked.aliases().size(), "other name"), count(checked.addresses().size(), "address"),
					count(checked.phones().size(), "phone number"), count(checked.identifiers().size(), "identifier"))
			.filter(t -> !t.isEmpty())
			.toList());
		links.insertEvent(root, now, actor.username(), "DETAILS_ADDED", what, null);
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, root.toString(), "Details added to a person", what);
	}

	/**
	 * The details as they are stored (names trimmed, postcodes and identifiers in their standard
	 * form), each problem added under its field. An identifier the person already has is left out;
	 * one recorded for anyone else is a problem.
	 * @param records the person's own records (empty for a new person)
	 */
	private MoreDetails checked(MoreDetails details, Set<UUID> records, Violations problems) {
		List<NewPerson.Name> aliases = new ArrayList<>();
		for (int i = 0; i < details.aliases().size(); i++) {
			NewPerson.Name alias = details.aliases().get(i);
			if (alias == null || People.normalised(alias.familyName()).isEmpty()) {
				problems.add("aliases[" + i + "].familyName", "Enter the family name of the other name");
			}
			else {
				aliases.add(new NewPerson.Name(blankToNull(alias.givenName()), alias.familyName().strip()));
			}
		}
		List<NewPerson.PostalAddress> addresses = new ArrayList<>();
		for (int i = 0; i < details.addresses().size(); i++) {
			NewPerson.PostalAddress given = details.addresses().get(i);
			String lines = given == null ? null : blankToNull(given.address());
			String postcode = given == null ? null : blankToNull(given.postcode());
			if (lines == null && postcode == null) {
				problems.add("addresses[" + i + "].address", "Enter the address or its postcode");
				continue;
			}
			if (postcode != null) {
				Matcher m = POSTCODE.matcher(postcode.strip());
				if (!m.matches()) {
					problems.add("addresses[" + i + "].postcode", "Enter a real postcode, for example CF10 1AA");
					continue;
				}
				postcode = (m.group(1) + " " + m.group(2)).toUpperCase(Locale.ROOT);
			}
			addresses.add(new NewPerson.PostalAddress(lines, postcode));
		}
		List<String> phones = new ArrayList<>();
		for (int i = 0; i < details.phones().size(); i++) {
			String phone = details.phones().get(i) == null ? "" : details.phones().get(i).strip();
			String digits = phone.replaceAll("[^0-9]", "");
			if (!phone.matches("[0-9 +()\\-]+") || digits.length() < 6 || digits.length() > 15) {
				problems.add("phones[" + i + "]", "Enter a phone number, like 07700 900123 or +44 29 2018 0000");
			}
			else {
				phones.add(phone);
			}
		}
		List<NewPerson.Identifier> identifiers = new ArrayList<>();
		for (int i = 0; i < details.identifiers().size(); i++) {
			NewPerson.Identifier identifier = details.identifiers().get(i);
			String scheme = identifier == null ? null : identifier.scheme();
			String value = identifier == null || identifier.value() == null ? ""
					: identifier.value().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
			String field = "identifiers[" + i + "]";
			if (scheme == null || !IDENTIFIER_SCHEMES.contains(scheme)) {
				problems.add(field + ".scheme", "Choose what kind of identifier it is");
			}
			else if (value.isEmpty() || value.length() > 30) {
				problems.add(field + ".value", "Enter the identifier, up to 30 characters");
			}
			else if (scheme.equals("NHS_NUMBER") && !validNhsNumber(value)) {
				problems.add(field + ".value", "Enter a real NHS number: 10 digits, like 943 476 5919");
			}
			else {
				NewPerson.Identifier standard = new NewPerson.Identifier(scheme, value);
				Optional<UUID> holder = people.identifiedBy(scheme, value);
				if (holder.isPresent() && !records.contains(holder.get())) {
					problems.add(field + ".value", "This identifier is recorded for another person: "
							+ "if they are the same person, merge the two records");
				}
				else if (holder.isEmpty() && !identifiers.contains(standard)) {
					identifiers.add(standard);
				}
			}
		}
		return new MoreDetails(aliases, addresses, phones, identifiers);
	}

	/**
	 * The details less those the person already has (the same name, address or phone number sent
	 * again is not stored twice), each kind bounded at {@link #MAX_DETAILS_PER_KIND} so that no
	 * one record grows without end; a problem names the kind that would pass it.
	 */
	private static MoreDetails withoutRepeats(MoreDetails details, People.Held held, Violations problems) {
		Set<String> names = new HashSet<>(held.names());
		List<NewPerson.Name> aliases = details.aliases().stream().filter(a -> names.add(People.nameKey(a))).toList();
		Set<String> places = new HashSet<>(held.addresses());
		List<NewPerson.PostalAddress> addresses = details.addresses()
			.stream()
			.filter(a -> places.add(People.addressKey(a)))
			.toList();
		Set<String> digits = new HashSet<>(held.phoneDigits());
		List<String> phones = details.phones().stream().filter(p -> digits.add(p.replaceAll("[^0-9]", ""))).toList();
		bounded(problems, "aliases", "other names", held.names().size(), aliases.size());
		bounded(problems, "addresses", "addresses", held.addresses().size(), addresses.size());
		bounded(problems, "phones", "phone numbers", held.phoneDigits().size(), phones.size());
		bounded(problems, "identifiers", "identifiers", held.identifiers(), details.identifiers().size());
		return new MoreDetails(aliases, addresses, phones, details.identifiers());
	}

	private static void bounded(Violations problems, String field, String kind, int held, int adding) {
		if (held + adding > MAX_DETAILS_PER_KIND) {
			problems.add(field, "A person can have up to %d %s recorded; this person has %d, so up to %d more can be added"
				.formatted(MAX_DETAILS_PER_KIND, kind, held, Math.max(0, MAX_DETAILS_PER_KIND - held)));
		}
	}

	private static String count(int n, String thing) {
		return n == 0 ? "" : n + " " + thing + (n == 1 ? "" : thing.endsWith("s") ? "es" : "s");
	}

	/** The NHS number check digit (modulus 11), as published by NHS Digital. */
	static boolean validNhsNumber(String value) {
		if (!value.matches("\\d{10}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (value.charAt(i) - '0') * (10 - i);
		}
		int check = 11 - (sum % 11);
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == value.charAt(9) - '0';
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The people who may be the one sought, best match first, each with the evidence for it.
	 * Records merged into another are read as the record they were merged into.
	 * @throws org.sightline.shared.InvalidInputException when the query has no name, phone number or identifier
	 */
	@StaffWhoRecord
	@Transactional
	public List<Candidate> search(Actor actor, PersonQuery query) {
		if (People.normalised(query.familyName()).isEmpty() && query.phone().isEmpty() && query.identifier().isEmpty()) {
			new Violations().add("name", "Enter a name").throwIfAny();
		}
		List<Scored> scored = rank(query);
		List<Scored> shown = scored.subList(0, Math.min(MAX_RESULTS, scored.size()));
		Set<UUID> closed = restrictions.closedTo(actor, shown.stream().map(Scored::root).toList());
		List<Candidate> candidates = new ArrayList<>(shown.size());
		for (int i = 0; i < shown.size(); i++) {
			Candidate candidate = candidate(i + 1, shown.get(i));
			// a restricted record shows that it exists, never whose it is, to those it is not open to
			candidates.add(closed.contains(candidate.id().value()) ? restricted(candidate) : candidate);
		}
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "search", SEARCH_REASON,
				"candidates=" + candidates.size() + "; date of birth given=" + query.dateOfBirth().isPresent()
						+ "; address given=" + query.address().isPresent() + "; phone given=" + query.phone().isPresent()
						+ "; identifier given=" + query.identifier().isPresent());
		return candidates;
	}

	/**
	 * Every candidate for the query, scored and best first, one per person (records merged into
	 * another count as that one, with the best score among them). Not audited: callers do that.
	 */
	List<Scored> rank(PersonQuery query) {
		String family = People.normalised(query.familyName());
		List<People.Row> rows = new ArrayList<>();
		if (!family.isEmpty()) {
			String given = People.normalised(query.givenName());
			List<String> givenNames = new ArrayList<>();
			if (!given.isEmpty()) {
				givenNames.add(given);
				model.givenNameVariants(given).stream().filter(n -> !n.equals(given)).forEach(givenNames::add);
			}
			List<LocalDate> dates = query.dateOfBirth().map(PersonIndex::withDayAndMonthSwapped).orElse(List.of());
			rows.addAll(people.candidates(family, givenNames, dates));
		}
		Set<UUID> samePhone = new HashSet<>();
		Set<UUID> sameIdentifier = new HashSet<>();
		query.phone().ifPresent(phone -> people.byPhone(phone).forEach(r -> {
			rows.add(r);
			samePhone.add(r.id());
		}));
		query.identifier().ifPresent(identifier -> people.byIdentifier(identifier).forEach(r -> {
			rows.add(r);
			sameIdentifier.add(r.id());
		}));
		if (rows.isEmpty()) {
			return List.of();
		}
		PersonRecord sought = new PersonRecord("query", query.givenName(), query.familyName(),
				query.dateOfBirth().map(PersonIndex::partialDate).orElse(PartialDate.UNKNOWN),
				query.address().map(PersonIndex::address).orElse(Address.UNKNOWN), null, null);
		// a search by phone or identifier alone has no name to compare: only the number counts
		List<MatchExplanation> explanations = family.isEmpty() ? null
				: model.explainAll(sought, rows.stream().map(PersonIndex::record).toList());
		Map<UUID, Scored> best = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			People.Row row = rows.get(i);
			List<String> evidence = explanations == null ? new ArrayList<>() : evidence(explanations.get(i));
			double weight = explanations == null ? 0 : explanations.get(i).matchWeight();
			if (samePhone.contains(row.id())) {
				weight += SAME_PHONE_WEIGHT;
				evidence.add(evidenceLine("phone", "same number", SAME_PHONE_WEIGHT));
			}
			if (sameIdentifier.contains(row.id())) {
				weight += SAME_IDENTIFIER_WEIGHT;
				evidence.add(evidenceLine("identifier", "same " + query.identifier().orElseThrow(), SAME_IDENTIFIER_WEIGHT));
			}
			UUID root = row.mergedInto() == null ? row.id() : links.rootOf(row.id());
			Scored candidate = new Scored(row, root, weight, evidence);
			best.merge(root, candidate, (a, b) -> a.weight() >= b.weight() ? a : b);
		}
		List<Scored> scored = new ArrayList<>(best.values());
		scored.sort(Comparator.comparingDouble(Scored::weight).reversed()
			.thenComparing(s -> s.row().familyName() == null ? "" : s.row().familyName())
			.thenComparing(s -> s.row().id()));
		return scored;
	}

	/** The match weight and evidence of a mention against one person record. */
	Optional<Scored> score(PersonQuery query, UUID personId) {
		return people.row(personId).map(row -> {
			PersonRecord sought = new PersonRecord("query", query.givenName(), query.familyName(),
					query.dateOfBirth().map(PersonIndex::partialDate).orElse(PartialDate.UNKNOWN),
					query.address().map(PersonIndex::address).orElse(Address.UNKNOWN), null, null);
			MatchExplanation explanation = model.explain(sought, record(row));
			return new Scored(row, links.rootOf(personId), explanation.matchWeight(), evidence(explanation));
		});
	}

	/** One line per field that both sides give (fields missing from either are left out). */
	private static List<String> evidence(MatchExplanation explanation) {
		List<String> lines = new ArrayList<>();
		for (FieldEvidence e : explanation.evidence()) {
			if (!e.missing()) {
				lines.add(evidenceLine(e));
			}
		}
		return lines;
	}

	/**
	 * "surname: spelt a little differently – points to the same person": the field, how it compared
	 * and what that says, in words (the bits stay in the score and the linkage tool's explanation).
	 */
	static String evidenceLine(FieldEvidence e) {
		// the reason without its statistics: "sounds alike (Double Metaphone LLN)" reads "sounds alike"
		return evidenceLine(e.field(), e.reason().replaceAll("\\s*\\([^)]*\\)", "").strip(), e.weight());
	}

	static String evidenceLine(String field, String how, double weight) {
		return field + ": " + how + " – " + strength(weight);
	}

	/** How alike two records are overall, from the match weight in bits: "a strong match", "a possible match". */
	static String likeness(double weight) {
		if (weight >= 15) {
			return "a strong match";
		}
		if (weight >= 5) {
			return "a likely match";
		}
		return "a possible match";
	}

	/** What a field's weight in bits says, in words. */
	static String strength(double weight) {
		if (weight >= 6) {
			return "strong sign of the same person";
		}
		if (weight >= 2) {
			return "points to the same person";
		}
		if (weight > -2) {
			return "says little either way";
		}
		if (weight > -6) {
			return "points to different people";
		}
		return "strong sign of different people";
	}

	/** The person a record is read as, described as a candidate (no query, so no score or evidence). */
	Optional<Candidate> describe(PersonId id) {
		UUID root = links.rootOf(id.value());
		return people.row(root).map(row -> candidate(1, new Scored(row, root, 0, List.of())));
	}

	/** A candidate row, the person it is read as (after merges), its match weight in bits and the evidence. */
	record Scored(People.Row row, UUID root, double weight, List<String> evidence) {
	}

	/** A found person the searcher may not open: that a restricted record exists, and nothing else. */
	static Candidate restricted(Candidate found) {
		return new Candidate(found.id(), found.rank(), null, RESTRICTED, null, null, null, found.score(),
				List.of("restricted record: ask a supervisor or the safeguarding hub"));
	}

	static final String RESTRICTED = "Restricted record";

	private Candidate candidate(int rank, Scored scored) {
		People.Row row = scored.row().id().equals(scored.root()) ? scored.row()
				: people.row(scored.root()).orElse(scored.row());
		List<String> evidence = scored.evidence();
		String address = row.address() == null ? row.postcode()
				: row.postcode() == null ? row.address() : row.address() + ", " + row.postcode();
		return new Candidate(new PersonId(scored.root()), rank, row.givenName(), row.familyName(), row.dateOfBirth(),
				row.birthYear(), address, Math.round(scored.weight() * 10) / 10.0, evidence);
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
