package org.sightline.partnership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.partnership.internal.Partners;
import org.sightline.shared.Actor;
import org.sightline.shared.Agency;
import org.sightline.shared.ConflictException;
import org.sightline.shared.RecordNotFoundException;
import org.sightline.shared.Violations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The force's partner agencies: who they are, how to reach them and when. Other modules read
 * them here; administrators edit them. Reading needs no role: it is reference data with no
 * personal data, and routing reads it from background listeners too.
 */
@Service
public class PartnerAgencies {

	static final String AUDIT_SUBJECT = "PARTNER_AGENCY";
	static final int MAX_NAME = 200;
	static final int MAX_WORKING_HOURS = 500;
	static final int MAX_OUT_OF_HOURS = 2_000;
	static final int MAX_ROUTE_VALUE = 500;
	static final int MAX_ROUTE_HOURS = 200;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{1,24}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern HTTPS = Pattern.compile("https://[^\\s]+\\.[^\\s]+");

	private final Partners partners;
	private final AuditTrail audit;
	private final Clock clock;

	PartnerAgencies(Partners partners, AuditTrail audit, Clock clock) {
		this.partners = partners;
		this.audit = audit;
		this.clock = clock;
	}

	/** The force's partner for this agency code; empty only before the defaults are seeded. */
	@Transactional(readOnly = true)
	public Optional<PartnerAgency> find(Agency agency) {
		return partners.find(agency);
	}

	/** Every partner agency, in the order of the agency codes. */
	@Transactional(readOnly = true)
	public List<PartnerAgency> all() {
		return partners.all();
	}

	/**
	 * Replaces an agency's name, contact routes and hours.
	 * @throws org.sightline.shared.InvalidInputException naming every invalid field; nothing is changed
	 * @throws ConflictException when someone else changed the agency since {@code command.revision()}
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public PartnerAgency update(Actor actor, UpdatePartnerAgency command) {
		PartnerAgency before = partners.find(command.agency())
			.orElseThrow(() -> new RecordNotFoundException("Partner agency"));
		UpdatePartnerAgency tidy = new UpdatePartnerAgency(command.agency(), command.revision(),
				strip(command.name()),
				command.contactRoutes()
					.stream()
					.map(r -> new ContactRoute(r.kind(), r.value().strip(), strip(r.hours())))
					.toList(),
				strip(command.workingHours()), strip(command.outOfHours()));
		validate(tidy).throwIfAny();
		if (!partners.update(tidy, actor.username(), Instant.now(clock))) {
			throw new ConflictException("Someone else changed " + before.name()
					+ " since you opened it. Your changes were not saved: check theirs and make yours again.");
		}
		audit.record(actor, AuditAction.ALTERATION, AUDIT_SUBJECT, command.agency().name(), "Partner agency edited",
				"revision=" + (command.revision() + 1) + "; routes=" + tidy.contactRoutes().size());
		return partners.find(command.agency()).orElseThrow();
	}

	/**
	 * Stores the default for each agency code that has none yet; never overwrites an agency an
	 * administrator has edited, nor one seeded before.
	 */
	@Transactional
	void seedIfAbsent(List<PartnerAgency> defaults) {
		for (PartnerAgency agency : defaults) {
			if (partners.insertIfAbsent(agency)) {
				audit.record(agency.updatedBy(), AuditAction.COLLECTION, AUDIT_SUBJECT, agency.agency().name(),
						"Default partner agency seeded", "routes=" + agency.contactRoutes().size());
			}
		}
	}

	public static Violations validate(UpdatePartnerAgency command) {
		var problems = new Violations();
		if (command.name() == null) {
			problems.add("name", "Enter the agency’s name");
		}
		else if (command.name().length() > MAX_NAME) {
			problems.add("name", "The name must be " + MAX_NAME + " characters or fewer");
		}
		if (command.contactRoutes().isEmpty()) {
			problems.add("contactRoutes", "Add at least one way to contact the agency");
		}
		for (int i = 0; i < command.contactRoutes().size(); i++) {
			ContactRoute route = command.contactRoutes().get(i);
			String at = "contactRoutes[" + i + "]";
			String value = route.value();
			if (value.isEmpty()) {
				problems.add(at + ".value", "Enter the " + describe(route.kind()) + " for contact route " + (i + 1));
			}
			else if (value.length() > MAX_ROUTE_VALUE) {
				problems.add(at + ".value", "Contact route " + (i + 1) + " must be " + MAX_ROUTE_VALUE
						+ " characters or fewer");
			}
			else if (route.kind() == ContactRouteKind.PHONE && !PHONE.matcher(value).matches()) {
				problems.add(at + ".value", "Enter a phone number for contact route " + (i + 1)
						+ ", like 0300 123 4567 or 111");
			}
			else if ((route.kind() == ContactRouteKind.EMAIL || route.kind() == ContactRouteKind.SECURE_EMAIL)
					&& !EMAIL.matcher(value).matches()) {
				problems.add(at + ".value", "Enter an email address in the correct format for contact route "
						+ (i + 1) + ", like mash@example.gov.uk");
			}
			else if ((route.kind() == ContactRouteKind.WEBHOOK || route.kind() == ContactRouteKind.PORTAL)
					&& !HTTPS.matcher(value).matches()) {
				problems.add(at + ".value", "Enter a web address starting with https:// for contact route " + (i + 1));
			}
			if (route.hours() != null && route.hours().length() > MAX_ROUTE_HOURS) {
				problems.add(at + ".hours", "The hours of contact route " + (i + 1) + " must be " + MAX_ROUTE_HOURS
						+ " characters or fewer");
			}
		}
		if (command.workingHours() != null && command.workingHours().length() > MAX_WORKING_HOURS) {
			problems.add("workingHours", "Working hours must be " + MAX_WORKING_HOURS + " characters or fewer");
		}
		if (command.outOfHours() != null && command.outOfHours().length() > MAX_OUT_OF_HOURS) {
			problems.add("outOfHours", "Out-of-hours arrangements must be " + String.format("%,d", MAX_OUT_OF_HOURS)
					+ " characters or fewer");
		}
		return problems;
	}

	private static String describe(ContactRouteKind kind) {
		if (kind == ContactRouteKind.PHONE) {
			return "phone number";
		}
		if (kind == ContactRouteKind.EMAIL || kind == ContactRouteKind.SECURE_EMAIL) {
			return "email address";
		}
		return "web address";
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
