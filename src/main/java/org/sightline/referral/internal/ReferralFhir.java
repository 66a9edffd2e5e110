package org.sightline.referral.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Age;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.StringType;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.referral.SharedContent;
import org.sightline.referral.SharedContent.SharedPerson;
import org.sightline.referral.SharedContent.SharedToolResult;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;

/**
 * A referral as a FHIR R4 Bundle, for an agency whose case system takes FHIR but is not on
 * Sightline: a {@code ServiceRequest} for the referral and one {@code Patient} per person, each
 * carrying only the items that were shared.
 * <p>
 * The bundle is a {@code collection}, not a {@code transaction}: it is a copy handed to another
 * organisation for it to read or import as it chooses, not a set of create/update instructions
 * for a FHIR server to carry out. A transaction would need a request method and URL per entry
 * aimed at a server we do not run, and would imply the receiver stores it as we say. Entries are
 * linked by {@code urn:uuid} full URLs.
 * <p>
 * What is left out on purpose: the police person-index IDs (internal identifiers are not a data
 * item; each Patient gets an identifier derived from the referral instead), dates of birth
 * (a referral shares an age at most, as an extension) and anything whose item was not chosen.
 * Facts FHIR has no element for (vulnerabilities, barriers, communication needs, the person's
 * words, risk levels) travel as Sightline extensions on the Patient.
 */
@Component
public class ReferralFhir {

	static final String REFERRAL_SYSTEM = "https://sightline.example/referral";

	static final String CODE_SYSTEMS = "https://sightline.example/fhir/CodeSystem/";

	static final String CODE_SYSTEM = CODE_SYSTEMS + "referral-type";

	static final String SITUATION_SYSTEM = CODE_SYSTEMS + "situation";

	static final String ROLE_SYSTEM = CODE_SYSTEMS + "person-role";

	static final String EXTENSION = "https://sightline.example/fhir/StructureDefinition/";

	private static final String UCUM = "http://unitsofmeasure.org";

	/** Thread-safe and expensive to build (it scans the whole R4 model), so one per application. */
	private static final FhirContext FHIR = FhirContext.forR4();

	private final ExportLabels labels = new ExportLabels();

	/** The context the bundle is encoded with, for callers that parse or validate it. */
	static FhirContext context() {
		return FHIR;
	}

	/**
	 * The referral as FHIR R4 JSON.
	 * @param referral the referral; its content is limited to its {@code dataItems} again here
	 * @param forceName the sending force, shown as the requester
	 */
	public String bundleJson(ReferralView referral, String forceName) {
		return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(referral, forceName));
	}

	Bundle bundle(ReferralView referral, String forceName) {
		SharedContent shared = OnlySharedItems.of(referral);
		var bundle = new Bundle();
		bundle.setType(BundleType.COLLECTION);
		bundle.getIdentifier().setSystem(REFERRAL_SYSTEM).setValue(referral.reference());

		List<Reference> patients = new ArrayList<>();
		List<Patient> patientResources = new ArrayList<>();
		int number = 1;
		for (SharedPerson person : shared.people()) {
			String fullUrl = urn(referral.id() + "/person/" + number);
			patientResources.add(patient(person, referral.reference(), number));
			patients.add(new Reference(fullUrl).setDisplay(labels.text("export.person", number, labels.role(person.role()))));
			number++;
		}

		ServiceRequest request = serviceRequest(referral, forceName, shared, patients);
		bundle.addEntry().setFullUrl(urn(referral.id() + "/request")).setResource(request);
		for (int i = 0; i < patientResources.size(); i++) {
			bundle.addEntry().setFullUrl(patients.get(i).getReference()).setResource(patientResources.get(i));
		}
		return bundle;
	}

	/** The FHIR request status that says the same as where the referral is in its lifecycle. */
	static ServiceRequestStatus status(ReferralStatus status) {
		return switch (status) {
			case DRAFT -> ServiceRequestStatus.DRAFT;
			case SENT, ACKNOWLEDGED, ACCEPTED -> ServiceRequestStatus.ACTIVE;
			case OUTCOME_RECORDED, CLOSED -> ServiceRequestStatus.COMPLETED;
			case DECLINED, REVOKED -> ServiceRequestStatus.REVOKED;
		};
	}

	private ServiceRequest serviceRequest(ReferralView referral, String forceName, SharedContent shared,
			List<Reference> patients) {
		var request = new ServiceRequest();
		request.addIdentifier().setSystem(REFERRAL_SYSTEM).setValue(referral.reference());
		request.setStatus(status(referral.status()));
		request.setIntent(ServiceRequestIntent.ORDER);
		String kind = labels.text("export.fhir.category");
		request.addCategory(concept(CODE_SYSTEM, "safeguarding-referral", kind));
		if (shared.situation() != null) {
			request.addCategory(concept(SITUATION_SYSTEM, shared.situation().name(), labels.situation(shared.situation())));
		}
		request.setCode(concept(CODE_SYSTEM, "safeguarding-referral", kind));
		// subject is 1..1: the first person is the one the referral is about; all of them are supporting information
		request.setSubject(patients.isEmpty() ? new Reference().setDisplay(labels.text("export.fhir.noPerson"))
				: patients.get(0).copy());
		patients.forEach(patient -> request.addSupportingInfo(patient.copy()));
		if (referral.sentAt() != null) {
			request.setAuthoredOnElement(utc(referral.sentAt()));
		}
		request.setRequester(new Reference().setDisplay(forceName));
		request.addPerformer(new Reference().setDisplay(labels.agency(referral.receivingAgency())));
		if (hasText(referral.reason())) {
			request.addReasonCode(new CodeableConcept().setText(referral.reason()));
		}
		if (hasText(referral.riskSummary())) {
			request.addNote(new Annotation().setText(referral.riskSummary()));
		}
		if (shared.occurredAt() != null) {
			request.addExtension(EXTENSION + "encounter-occurred-at", utc(shared.occurredAt()));
		}
		if (shared.responseGrade() != null) {
			request.addExtension(EXTENSION + "response-grade", new StringType(shared.responseGrade()));
		}
		if (referral.lawfulBasis() != null) {
			request.addExtension(EXTENSION + "lawful-basis", new Coding(CODE_SYSTEMS + "lawful-basis",
					referral.lawfulBasis().name(), labels.lawfulBasis(referral.lawfulBasis())));
		}
		if (referral.consentStatus() != null) {
			request.addExtension(EXTENSION + "consent-status", new Coding(CODE_SYSTEMS + "consent-status",
					referral.consentStatus().name(), labels.consent(referral.consentStatus())));
		}
		note(request, "export.location", shared.location());
		note(request, "export.narrative", shared.narrative());
		for (SharedToolResult result : shared.toolResults()) {
			request.addNote(new Annotation().setText(labels.text("export.tool", result.tool(), result.toolVersion(),
					result.yesAnswers(), result.questions(), result.level())));
		}
		return request;
	}

	/** A person with only what was shared about them; the caller has already dropped the rest. */
	private Patient patient(SharedPerson person, String reference, int number) {
		var patient = new Patient();
		patient.addIdentifier().setSystem(REFERRAL_SYSTEM + "/person").setValue(reference + "-" + number);
		patient.addExtension(EXTENSION + "person-role", new Coding(ROLE_SYSTEM, person.role(), labels.role(person.role())));
		if (hasText(person.name())) {
			patient.addName(new HumanName().setText(person.name()));
		}
		if (person.ageYears() != null) {
			var age = new Age();
			age.setValue(person.ageYears()).setUnit("years").setSystem(UCUM).setCode("a");
			patient.addExtension(EXTENSION + "age", age);
		}
		strings(patient, "vulnerability", person.vulnerabilities());
		strings(patient, "disclosure-barrier", person.barriers());
		strings(patient, "communication-need", person.communicationNeeds());
		strings(patient, "adjustment", person.adjustments());
		if (hasText(person.voice())) {
			patient.addExtension(EXTENSION + "voice", new StringType(person.voice()));
		}
		if (hasText(person.riskLevel())) {
			patient.addExtension(EXTENSION + "risk-level", new StringType(person.riskLevel()));
		}
		return patient;
	}

	private void note(ServiceRequest request, String labelKey, String value) {
		if (hasText(value)) {
			request.addNote(new Annotation().setText(labels.text(labelKey) + ": " + value));
		}
	}

	private static void strings(DomainResource resource, String extension, List<String> values) {
		values.forEach(value -> resource.addExtension(EXTENSION + extension, new StringType(value)));
	}

	/** In UTC ("Z") whatever the server's default zone, so the same referral always exports the same text. */
	private static DateTimeType utc(Instant instant) {
		var dateTime = new DateTimeType(Date.from(instant));
		dateTime.setTimeZoneZulu(true);
		return dateTime;
	}

	private static CodeableConcept concept(String system, String code, String text) {
		return new CodeableConcept(new Coding(system, code, text)).setText(text);
	}

	/** A stable urn:uuid for an entry, so the same referral exports to the same identifiers. */
	private static String urn(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
