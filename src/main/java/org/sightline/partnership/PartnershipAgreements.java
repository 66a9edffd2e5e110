package org.sightline.partnership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.partnership.internal.AgreementPublishingPolicy;
import org.sightline.partnership.internal.AgreementVersions;
import org.sightline.partnership.internal.PublishingDecision;
import org.sightline.shared.Actor;
import org.sightline.shared.ConflictException;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Violation;
import org.sightline.shared.Violations;
import org.sightline.shared.access.AgreementReaders;
import org.sightline.shared.access.AgreementSimulators;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnership agreements as versioned data: the version in force, any past version by its ref,
 * and the administrator's commands that take a version from draft through review to publication.
 * Publishing supersedes the version that was in force; neither is ever changed again.
 * <p>
 * Reading the version in force or a version by its ref needs no role: agreements hold no personal
 * data, and routing reads them from background listeners as well as from requests. Listing
 * versions and exporting them is for administrators and supervisors; changing them is for administrators.
 */
@Service
public class PartnershipAgreements {

	static final String AUDIT_SUBJECT = "PARTNERSHIP_AGREEMENT";
	public static final String SYSTEM = "system";
	static final int MAX_YAML = 200_000;
	private static final Pattern REF_PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
	private static final List<AgreementStatus> DRAFTS = List.of(AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW);

	private final AgreementVersions versions;
	private final AgreementPublishingPolicy policy = new AgreementPublishingPolicy();
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PartnershipAgreements(AgreementVersions versions, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The published version: the one that decides who responds now.
	 * <p>
	 * Every call asks the database which version is in force (a one-row index lookup, so a version
	 * published by another instance is used from its commit on: never stale); the version's document
	 * is read and parsed once per version, not per call. That is safe because the database refuses to
	 * change a published version (V0007): the only change it can see is being superseded, and then it
	 * is no longer the ref the lookup returns.
	 */
	@Transactional(readOnly = true)
	public PartnershipAgreement inForce() {
		AgreementRef ref = versions.inForceRef()
			.orElseThrow(() -> new IllegalStateException("No partnership agreement is in force"));
		Parsed parsed = this.parsed;
		if (parsed != null && parsed.ref().equals(ref)) {
			return parsed.agreement();
		}
		PartnershipAgreement agreement = versions.inForce()
			.map(AgreementVersions.Stored::agreement)
			.orElseThrow(() -> new IllegalStateException("No partnership agreement is in force"));
		if (agreement.status() == AgreementStatus.PUBLISHED) {
			this.parsed = new Parsed(agreement.ref(), agreement);
		}
		return agreement;
	}

	/** The version in force as last parsed, by its ref. */
	private record Parsed(AgreementRef ref, PartnershipAgreement agreement) {
	}

	private volatile Parsed parsed;

	/** Any version, in any status, exactly as it was published or drafted; for explaining a past decision. */
	@Transactional(readOnly = true)
	public Optional<PartnershipAgreement> version(AgreementRef ref) {
		return versions.find(ref).map(AgreementVersions.Stored::agreement);
	}

	/** Every version, the newest draft first. */
	@AgreementReaders
	@Transactional(readOnly = true)
	public List<AgreementVersionView> versions() {
		return versions.all(List.of(AgreementStatus.values())).stream().map(this::view).toList();
	}

	/** Versions being drafted or in review, the newest first, each with what stops it being published. */
	@AgreementReaders
	@Transactional(readOnly = true)
	public List<AgreementVersionView> drafts() {
		return versions.all(DRAFTS).stream().map(this::view).toList();
	}

	/**
	 * Versions not in force (drafts and versions in review), the newest first, for the agreement
	 * simulation to choose from. Analysts may list them too: agreements hold no personal data, and an
	 * analyst's question is what a draft would change.
	 */
	@AgreementSimulators
	@Transactional(readOnly = true)
	public List<AgreementVersionView> simulationCandidates() {
		return versions.all(DRAFTS).stream().map(this::view).toList();
	}

	/** The YAML of the version in force, for the simulation's "in force, with these clauses changed". */
	@AgreementSimulators
	@Transactional(readOnly = true)
	public String inForceYaml() {
		return versions.inForce()
			.map(AgreementVersions.Stored::yaml)
			.orElseThrow(() -> new IllegalStateException("No partnership agreement is in force"));
	}

	@AgreementReaders
	@Transactional(readOnly = true)
	public AgreementVersionView view(AgreementRef ref) {
		return view(stored(ref));
	}

	/** The version's YAML exactly as imported or last edited. */
	@AgreementReaders
	@Transactional(readOnly = true)
	public String exportYaml(AgreementRef ref) {
		return stored(ref).yaml();
	}

	/**
	 * Stores a new draft. A draft may break the publishing rules (its page lists what to fix), but it
	 * must be well-formed YAML with known codes, and its version must be new for its agreement id.
	 * @throws InvalidInputException naming each problem by its place in the YAML (e.g. {@code clauses[3].primary})
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public AgreementVersionView importDraft(Actor actor, String yaml) {
		PartnershipAgreement draft = read(yaml);
		if (versions.exists(draft.ref()) || !versions.insert(draft, yaml, AgreementStatus.DRAFT, actor.username(),
				Instant.now(clock))) {
			throw versionTaken(draft.ref());
		}
		audit.record(actor, AuditAction.COLLECTION, AUDIT_SUBJECT, draft.ref().toString(), "Agreement draft imported",
				"status=DRAFT; clauses=" + draft.clauses().size());
		return view(draft.ref());
	}

	/**
	 * Replaces the YAML of a draft or of a version in review (which goes back to draft: it must be
	 * reviewed again). The new YAML may change the version, to one that is new for its agreement id.
	 * @throws ConflictException when the version is published or superseded
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public AgreementVersionView updateDraft(Actor actor, AgreementRef ref, String yaml) {
		AgreementVersions.Stored before = stored(ref);
		requireEditable(before);
		PartnershipAgreement draft = read(yaml);
		if (!draft.ref().equals(ref) && versions.exists(draft.ref())) {
			throw versionTaken(draft.ref());
		}
		try {
			if (!versions.replaceDraft(ref, draft, yaml, actor.username(), Instant.now(clock))) {
				throw new ConflictException("Agreement " + ref + " was published meanwhile: import a new draft instead");
			}
		}
		catch (DuplicateKeyException e) {
			throw versionTaken(draft.ref());
		}
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, draft.ref().toString(), "Agreement draft edited",
				"status=" + before.agreement().status() + "->DRAFT" + (draft.ref().equals(ref) ? "" : "; was=" + ref));
		return view(draft.ref());
	}

	/**
	 * Sends a draft for review.
	 * @throws InvalidInputException listing every publishing problem, when it could not be published
	 * @throws ConflictException when it is not a draft
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public AgreementVersionView submitForReview(Actor actor, AgreementRef ref) {
		AgreementVersions.Stored stored = stored(ref);
		if (stored.agreement().status() != AgreementStatus.DRAFT) {
			throw new ConflictException("Agreement " + ref + " is " + describe(stored.agreement().status())
					+ ": only a draft can be submitted for review");
		}
		requirePublishable(stored.agreement());
		if (!versions.submit(ref, actor.username(), Instant.now(clock))) {
			throw new ConflictException("Agreement " + ref + " changed meanwhile: reload it and try again");
		}
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, ref.toString(), "Agreement submitted for review",
				"status=DRAFT->IN_REVIEW");
		return view(ref);
	}

	/**
	 * Puts a version in review in force. The version that was in force is superseded in the same
	 * transaction; from now on neither is ever changed.
	 * @throws InvalidInputException listing every publishing problem
	 * @throws ConflictException when it is not in review
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public AgreementVersionView publish(Actor actor, AgreementRef ref) {
		Optional<AgreementRef> previous = versions.lockInForce();
		AgreementVersions.Stored stored = stored(ref);
		if (stored.agreement().status() != AgreementStatus.IN_REVIEW) {
			throw new ConflictException("Agreement " + ref + " is " + describe(stored.agreement().status())
					+ ": only a version in review can be published");
		}
		requireSecondPerson(actor, view(ref));
		requirePublishable(stored.agreement());
		Instant now = Instant.now(clock);
		previous.ifPresent(old -> {
			versions.supersede(old, ref, actor.username(), now);
			audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, old.toString(), "Agreement superseded",
					"status=PUBLISHED->SUPERSEDED; replacedBy=" + ref);
		});
		try {
			if (!versions.publish(ref, actor.username(), now)) {
				throw new ConflictException("Agreement " + ref + " changed meanwhile: reload it and try again");
			}
		}
		catch (DuplicateKeyException e) {
			// another administrator published a version at the same moment; the index kept one in force
			throw new ConflictException("Another version was published at the same moment: reload the page and check "
					+ "which version is in force before you publish this one");
		}
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, ref.toString(), "Agreement published",
				"status=IN_REVIEW->PUBLISHED" + previous.map(old -> "; supersedes=" + old).orElse(""));
		events.publishEvent(new AgreementPublished(ref, previous.orElse(null)));
		return view(ref);
	}

	/**
	 * Four eyes: the person who publishes is not the one who drafted, last edited or submitted the
	 * version. The refusal is audited.
	 */
	private void requireSecondPerson(Actor actor, AgreementVersionView version) {
		boolean own = version.drafted().by().equals(actor.username()) || version.edited().by().equals(actor.username())
				|| version.submitted().map(s -> s.by().equals(actor.username())).orElse(false);
		if (own) {
			audit.record(actor, AuditAction.REFUSAL, AUDIT_SUBJECT, version.ref().toString(), "Own draft: four eyes",
					"status=" + version.status());
			throw new ConflictException("You drafted, edited or submitted " + version.ref() + ", so another administrator "
					+ "must review and publish it: nobody puts their own agreement in force.");
		}
	}

	/** Whether this person may publish the version (they did not draft, edit or submit it). */
	@AgreementReaders
	@Transactional(readOnly = true)
	public boolean maySecondPublish(Actor actor, AgreementRef ref) {
		AgreementVersionView version = view(ref);
		return !(version.drafted().by().equals(actor.username()) || version.edited().by().equals(actor.username())
				|| version.submitted().map(s -> s.by().equals(actor.username())).orElse(false));
	}

	/**
	 * Stores the national agreement as the one in force when no agreement exists at all (a new
	 * installation). Never touches an installation that has any version.
	 */
	@Transactional
	void publishNationalIfNoneExists(String yaml) {
		if (!versions.isEmpty()) {
			return;
		}
		PartnershipAgreement national = AgreementYaml.read(yaml);
		if (versions.insert(national, yaml, AgreementStatus.PUBLISHED, SYSTEM, Instant.now(clock))) {
			audit.record(SYSTEM, AuditAction.COLLECTION, AUDIT_SUBJECT, national.ref().toString(),
					"National agreement put in force on a new installation", "status=PUBLISHED");
		}
	}

	private PartnershipAgreement read(String yaml) {
		var problems = new Violations();
		if (yaml == null || yaml.isBlank()) {
			problems.add("yaml", "Paste the agreement’s YAML, or choose a .yml file");
		}
		else if (yaml.length() > MAX_YAML) {
			problems.add("yaml", "The agreement must be " + String.format("%,d", MAX_YAML) + " characters or fewer");
		}
		problems.throwIfAny();
		PartnershipAgreement agreement = AgreementYaml.read(yaml);
		if (!REF_PART.matcher(agreement.id()).matches()) {
			problems.add("id", "The id may use only letters, digits, dots, hyphens and underscores (up to 80)");
		}
		if (!REF_PART.matcher(agreement.version()).matches()) {
			problems.add("version", "The version may use only letters, digits, dots, hyphens and underscores (up to 80)");
		}
		problems.throwIfAny();
		return agreement;
	}

	private static InvalidInputException versionTaken(AgreementRef ref) {
		return new InvalidInputException(List.of(new Violation("version", "Version " + ref.version() + " of "
				+ ref.id() + " already exists: give this draft a version of its own")));
	}

	private void requireEditable(AgreementVersions.Stored stored) {
		AgreementStatus status = stored.agreement().status();
		if (status == AgreementStatus.PUBLISHED || status == AgreementStatus.SUPERSEDED) {
			throw new ConflictException("Agreement " + stored.agreement().ref() + " is " + describe(status)
					+ ", and published versions are never changed: import a new draft instead");
		}
	}

	private void requirePublishable(PartnershipAgreement agreement) {
		PublishingDecision decision = policy.decide(agreement);
		if (!decision.publishable()) {
			throw new InvalidInputException(decision.problems()
				.stream()
				.map(p -> new Violation(p.clauseId() == null ? "clauses" : "clause:" + p.clauseId(), p.message()))
				.toList());
		}
	}

	private AgreementVersions.Stored stored(AgreementRef ref) {
		return versions.find(ref).orElseThrow(() -> new RecordNotFoundException("Partnership agreement"));
	}

	private AgreementVersionView view(AgreementVersions.Stored stored) {
		List<PublishingProblem> problems = DRAFTS.contains(stored.agreement().status())
				? policy.decide(stored.agreement()).problems() : List.of();
		return new AgreementVersionView(stored.agreement(), stored.drafted(), stored.edited(), stored.submitted(),
				stored.published(), stored.superseded(), stored.replacedBy(), problems);
	}

	static String describe(AgreementStatus status) {
		if (status == AgreementStatus.DRAFT) {
			return "a draft";
		}
		if (status == AgreementStatus.IN_REVIEW) {
			return "in review";
		}
		return status == AgreementStatus.PUBLISHED ? "in force" : "superseded";
	}
}
