package org.sightline.wellbeing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.encounter.EncounterId;
import org.sightline.encounter.EncounterManagement;
import org.sightline.encounter.IncidentFacts;
import org.sightline.identity.StaffTeams;
import org.sightline.shared.Actor;
import org.sightline.shared.Codes;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Violations;
import org.sightline.shared.access.PoliceStaff;
import org.sightline.shared.access.StaffWhoRecord;
import org.sightline.wellbeing.internal.ExposureCategories;
import org.sightline.wellbeing.internal.WellbeingStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of staff's exposure to potentially traumatic incidents and the prompts to offer them
 * support, for the person and their team's wellbeing lead only. Health-related special-category data
 * about staff: every reading and every change is in the audit log with a purpose beginning
 * {@value #SPECIAL_CATEGORY}, under the subject type {@value #AUDIT_SUBJECT}, so that the data
 * protection officer can find every use of it; a refusal is audited the same way. The entries name a
 * prompt by its id, never the person it is about, the categories, the answer or the conversation:
 * supervisors read the audit log, and an entry must not tell them what this module keeps from them.
 *
 * <p>Never ranked: people are listed by name, never by how often they were exposed, and no figure
 * compares one person with another. The team's counts are exact, not suppressed when small: the only
 * reader is the team's wellbeing lead, who may read each person's exposures anyway (they offer the
 * conversations), so rounding a 1 or a 2 away would hide nothing from them and only make the figure
 * wrong. The counts go nowhere else (never to the demand figures, a supervisor or an analyst), which
 * is what keeps them from identifying anyone to anyone who should not know.
 */
@Service
public class WellbeingRecords {

	/** The audit log's subject type for everything this module records: special-category (health) data about staff. */
	public static final String AUDIT_SUBJECT = "WELLBEING_EXPOSURE";

	/** The subject id of a person reading their own page: the actor says whose it was. */
	static final String OWN = "own";

	/** How every purpose this module writes to the audit log begins. */
	public static final String SPECIAL_CATEGORY = "Special category (health): ";

	/** A category and how many exposures of it there were in the period. */
	public record CategoryCount(String category, String label, int count) {
	}

	/**
	 * A prompt to offer support after one exposure: when, what kind of incident (the categories), the
	 * person's answer, and the conversation the lead recorded. No detail of the encounter: the person
	 * knows what they attended, and the lead does not need to.
	 */
	public record Prompt(UUID id, String username, String displayName, Instant occurredAt, List<String> categories,
			List<String> categoryLabels, PromptAnswer answer, Instant answeredAt, String conversationKind,
			String conversationLabel, ConversationOutcome conversationOutcome, Instant conversationAt, boolean open) {
	}

	/** What a person sees of their own: their exposures by category in the period, and their prompts. */
	public record MyWellbeing(String username, String displayName, int periodMonths, List<CategoryCount> exposures,
			List<Prompt> prompts, List<Option> conversationKinds) {
	}

	/** What a team's wellbeing lead sees: the team's counts in the period and its members' open prompts, by name. */
	public record TeamWellbeing(String team, int periodMonths, List<CategoryCount> counts, int openPrompts,
			List<Prompt> prompts, List<Option> conversationKinds) {
	}

	/** A code and its label, for a form. */
	public record Option(String code, String label) {
	}

	private final WellbeingStore store;
	private final EncounterManagement encounters;
	private final IncidentFacts facts;
	private final ExposureCategories categories;
	private final StaffTeams teams;
	private final AuditTrail audit;
	private final Clock clock;
	private final ZoneId zone;

	WellbeingRecords(WellbeingStore store, EncounterManagement encounters, IncidentFacts facts,
			ExposureCategories categories, StaffTeams teams, AuditTrail audit, Clock clock, ZoneId displayZone) {
		this.store = store;
		this.encounters = encounters;
		this.facts = facts;
		this.categories = categories;
		this.teams = teams;
		this.audit = audit;
		this.clock = clock;
		this.zone = displayZone;
	}

	/** The signed-in person's own exposures and prompts: nobody else's. */
	@PoliceStaff
	@Transactional
	public MyWellbeing mine(Actor actor) {
		List<WellbeingStore.Row> rows = store.of(List.of(actor.username()), since());
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, OWN,
				SPECIAL_CATEGORY + "own exposures and support prompts", "");
		Map<String, String> names = Map.of(actor.username(), actor.displayName());
		return new MyWellbeing(actor.username(), actor.displayName(), categories.periodMonths(), counts(rows),
				rows.stream().map(r -> prompt(r, names)).toList(), kinds());
	}

	/**
	 * The person answers a prompt of their own: they would like a conversation, or not now. Someone
	 * else's prompt is refused, in the audit log, as one that does not exist.
	 * @throws org.sightline.shared.InvalidInputException naming {@code answer}; nothing stored
	 */
	@PoliceStaff
	@Transactional
	public Prompt answer(Actor actor, UUID id, String answer) {
		Violations problems = new Violations();
		PromptAnswer chosen = Codes.parse(problems, "answer", answer, PromptAnswer.class,
				"Choose whether you would like a conversation");
		problems.throwIfAny();
		WellbeingStore.Row row = store.find(id).filter(r -> r.username().equals(actor.username())).orElseThrow(() -> {
			audit.record(actor, AuditAction.REFUSAL, AUDIT_SUBJECT, String.valueOf(id),
					SPECIAL_CATEGORY + "answering a support prompt that is not the person's own", "");
			return new RecordNotFoundException("Prompt");
		});
		store.answer(row.id(), chosen.name(), Instant.now(clock));
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, row.id().toString(),
				SPECIAL_CATEGORY + "answered a support prompt", "");
		return prompt(store.find(id).orElseThrow(), Map.of(actor.username(), actor.displayName()));
	}

	/**
	 * A member of staff who attended an encounter that someone else recorded says so, from the encounter
	 * page: Sightline knows only who recorded an encounter, so without this the responders a call handler
	 * sent would never be offered support. Only someone who may read the encounter can (its need-to-know,
	 * checked and audited by the encounter module; anyone else hears it does not exist). An encounter in
	 * none of the exposure categories records nothing; saying it twice records it once.
	 *
	 * @return whether the encounter is in an exposure category, and so is on the person's own page now
	 */
	@StaffWhoRecord
	@Transactional
	public boolean attended(Actor actor, EncounterId encounterId) {
		encounters.view(actor, encounterId);
		IncidentFacts.Facts encounter = facts.of(encounterId).orElseThrow(() -> new RecordNotFoundException("Encounter"));
		List<String> matched = categories.matching(encounter);
		if (matched.isEmpty()) {
			return false;
		}
		WellbeingStore.Row row = new WellbeingStore.Row(UUID.randomUUID(), actor.username(),
				teams.teamOf(actor.username()).orElse(null), encounterId.value(), matched, encounter.occurredAt(),
				Instant.now(clock), null, null, null, null, null, null);
		if (store.add(row)) {
			audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, row.id().toString(),
					SPECIAL_CATEGORY + "attended an incident someone else recorded, prompt raised", "");
		}
		return true;
	}

	/** Whether an encounter is in one of the force's exposure categories (for the encounter page's offer). */
	@StaffWhoRecord
	@Transactional(readOnly = true)
	public boolean isExposure(EncounterId encounterId) {
		return facts.of(encounterId).map(f -> !categories.matching(f).isEmpty()).orElse(false);
	}

	/**
	 * The team of the signed-in wellbeing lead: counts by category over the period (of exposures
	 * recorded while each person was in the team) and the open prompts of its members now, by name.
	 * A lead in no team sees nothing.
	 */
	@PreAuthorize("hasRole('WELLBEING_LEAD')")
	@Transactional
	public TeamWellbeing team(Actor actor) {
		Optional<String> team = teams.teamOf(actor.username());
		if (team.isEmpty()) {
			audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "team", SPECIAL_CATEGORY
					+ "team wellbeing: the lead is in no team", "");
			return new TeamWellbeing(null, categories.periodMonths(), List.of(), 0, List.of(), kinds());
		}
		Map<String, String> names = namesOf(team.get());
		Map<String, Integer> counted = store.countsOfTeam(team.get(), since());
		List<CategoryCount> counts = categories.codes().stream()
			.map(c -> new CategoryCount(c, categories.label(c), counted.getOrDefault(c, 0)))
			.toList();
		List<Prompt> open = store.of(names.keySet(), since()).stream()
			.filter(WellbeingStore.Row::open)
			.map(r -> prompt(r, names))
			// by name, then the oldest first: never by how many each person has
			.sorted(Comparator.comparing(Prompt::displayName).thenComparing(Prompt::username)
				.thenComparing(Prompt::occurredAt))
			.toList();
		audit.record(actor, AuditAction.CONSULTATION, AUDIT_SUBJECT, "team:" + team.get(),
				SPECIAL_CATEGORY + "team wellbeing: counts and open support prompts",
				"members=" + names.size() + "; openPrompts=" + open.size());
		return new TeamWellbeing(team.get(), categories.periodMonths(), counts, open.size(), open, kinds());
	}

	/**
	 * The team's wellbeing lead records a supporting conversation offered or held after a prompt. A
	 * prompt of someone who is not in the lead's team is refused, in the audit log, as one that does
	 * not exist.
	 * @throws org.sightline.shared.InvalidInputException naming {@code kind} and {@code outcome}; nothing stored
	 */
	@PreAuthorize("hasRole('WELLBEING_LEAD')")
	@Transactional
	public Prompt recordConversation(Actor actor, UUID id, String kind, String outcome) {
		Violations problems = new Violations();
		String code = kind == null ? "" : kind.strip();
		if (code.isEmpty()) {
			problems.add("kind", "Choose the kind of conversation");
		}
		else if (!categories.isConversationKind(code)) {
			problems.add("kind", "Choose a kind of conversation from the list");
		}
		ConversationOutcome done = Codes.parse(problems, "outcome", outcome, ConversationOutcome.class,
				"Choose whether the conversation was offered or held");
		problems.throwIfAny();
		Optional<String> team = teams.teamOf(actor.username());
		WellbeingStore.Row row = store.find(id)
			.filter(r -> team.isPresent() && teams.teamOf(r.username()).equals(team))
			.orElseThrow(() -> {
				audit.record(actor, AuditAction.REFUSAL, AUDIT_SUBJECT, String.valueOf(id),
						SPECIAL_CATEGORY + "recording a conversation for someone not in the lead's team", "");
				return new RecordNotFoundException("Prompt");
			});
		store.conversation(row.id(), code, done.name(), actor.username(), Instant.now(clock));
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, row.id().toString(),
				SPECIAL_CATEGORY + "supporting conversation recorded", "");
		Map<String, String> names = namesOf(team.get());
		return prompt(store.find(id).orElseThrow(), names);
	}

	/** The team's members' names by username (a prompt shows whose it is). */
	private Map<String, String> namesOf(String team) {
		return teams.membersOf(team).stream()
			.collect(Collectors.toMap(StaffTeams.Member::username, StaffTeams.Member::displayName, (a, b) -> a));
	}

	private Instant since() {
		return ZonedDateTime.now(clock.withZone(zone)).minusMonths(categories.periodMonths()).toInstant();
	}

	/** Every category, in the configured order, with how many of these exposures matched it. */
	private List<CategoryCount> counts(List<WellbeingStore.Row> rows) {
		Map<String, Long> counted = rows.stream().flatMap(r -> r.categories().stream())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return categories.codes().stream()
			.map(c -> new CategoryCount(c, categories.label(c), counted.getOrDefault(c, 0L).intValue()))
			.toList();
	}

	private List<Option> kinds() {
		return categories.conversationKinds().stream().map(k -> new Option(k, categories.conversationLabel(k))).toList();
	}

	private Prompt prompt(WellbeingStore.Row r, Map<String, String> names) {
		return new Prompt(r.id(), r.username(), names.getOrDefault(r.username(), r.username()), r.occurredAt(),
				r.categories(), r.categories().stream().map(categories::label).toList(),
				r.answer() == null ? null : PromptAnswer.valueOf(r.answer()), r.answeredAt(), r.conversationKind(),
				r.conversationKind() == null ? null : categories.conversationLabel(r.conversationKind()),
				r.conversationOutcome() == null ? null : ConversationOutcome.valueOf(r.conversationOutcome()),
				r.conversationAt(), r.open());
	}
}
