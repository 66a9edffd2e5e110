package org.sightline.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.referral.SharedItem;

class ReferralFhirTests {

	/**
	 * HAPI's validator with its two offline modules: the FHIR R4 XML schemas (structure, cardinality,
	 * data types, required code lists) and the schematrons (the FHIR invariants). Both read their
	 * rules from hapi-fhir-validation-resources-r4 on the classpath; no terminology server is asked.
	 */
	private static final FhirValidator VALIDATOR = ReferralFhir.context().newValidator()
		.setValidateAgainstStandardSchema(true)
		.setValidateAgainstStandardSchematron(true);

	private final ReferralFhir fhir = new ReferralFhir();

	@Test
	void theFhirBundlePassesTheHapiValidator() {
		String json = fhir.bundleJson(ExampleReferrals.sharingEverything(), "Demo Constabulary");

		Bundle bundle = parseStrictly(json);
		assertThat(errors(bundle)).isEmpty();
		for (BundleEntryComponent entry : bundle.getEntry()) {
			assertThat(errors(entry.getResource())).as(entry.getResource().fhirType()).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(ReferralStatus.class)
	void theFhirBundlePassesTheHapiValidatorAtEveryStatusAndWithNothingShared(ReferralStatus status) {
		Bundle bundle = parseStrictly(fhir.bundleJson(ExampleReferrals.referral(status, List.of()), "Demo Constabulary"));

		assertThat(errors(bundle)).isEmpty();
		bundle.getEntry().forEach(entry -> assertThat(errors(entry.getResource())).isEmpty());
	}

	@Test
	void theValidatorRejectsABundleWhoseRequestLacksAStatus() {
		// the checks above would be worthless if the validator accepted anything, or ignored the entries
		Bundle bundle = fhir.bundle(ExampleReferrals.sharingEverything(), "Demo Constabulary");
		((ServiceRequest) bundle.getEntryFirstRep().getResource()).setStatus(null);

		assertThat(errors(bundle)).isNotEmpty();
	}

	@Test
	void datesAreExportedInUtc() {
		String json = fhir.bundleJson(ExampleReferrals.sharingEverything(), "Demo Constabulary");

		assertThat(json).contains("\"authoredOn\": \"2026-07-01T13:05:00Z\"");
	}

	@Test
	void aPatientsNameIsExportedOnlyWhenNamesWereShared() {
		List<Patient> withoutNames = patients(fhir.bundle(ExampleReferrals.sharing(SharedItem.AGES), "Demo Constabulary"));
		List<Patient> withNames = patients(fhir.bundle(ExampleReferrals.sharing(SharedItem.NAMES), "Demo Constabulary"));

		assertThat(withoutNames).hasSize(2).allSatisfy(patient -> assertThat(patient.hasName()).isFalse());
		assertThat(withNames).extracting(patient -> patient.getNameFirstRep().getText())
			.containsExactly(ExampleReferrals.VICTIM_NAME, ExampleReferrals.CHILD_NAME);
	}

	@Test
	void nothingThatWasNotSharedReachesTheBundle() {
		String json = fhir.bundleJson(ExampleReferrals.sharing(SharedItem.AGES), "Demo Constabulary");

		assertThat(json).doesNotContain(ExampleReferrals.VICTIM_NAME, ExampleReferrals.CHILD_NAME,
				ExampleReferrals.NARRATIVE, ExampleReferrals.LOCATION, ExampleReferrals.VOICE,
				ExampleReferrals.VULNERABILITY, ExampleReferrals.BARRIER, ExampleReferrals.COMMUNICATION_NEED,
				ExampleReferrals.ADJUSTMENT, "answers yes", "risk-level", "response-grade", "birthDate");
		assertThat(json).contains("\"value\": 34");
	}

	@Test
	void everySharedItemReachesTheBundle() {
		String json = fhir.bundleJson(ExampleReferrals.sharingEverything(), "Demo Constabulary");

		assertThat(json).contains(ExampleReferrals.VICTIM_NAME, ExampleReferrals.NARRATIVE, ExampleReferrals.LOCATION,
				ExampleReferrals.VOICE, ExampleReferrals.VULNERABILITY, ExampleReferrals.BARRIER,
				ExampleReferrals.COMMUNICATION_NEED, ExampleReferrals.ADJUSTMENT, "DASH (version 2009): 15 of 27");
	}

	@Test
	void thePoliceIdentifiersOfThePeopleAreNotExported() {
		ReferralView referral = ExampleReferrals.sharingEverything();
		String json = fhir.bundleJson(referral, "Demo Constabulary");

		referral.personIds().forEach(id -> assertThat(json).doesNotContain(id.toString()));
	}

	@Test
	void theServiceRequestSaysWhoRefersWhomToWhomAndWhy() {
		Bundle bundle = fhir.bundle(ExampleReferrals.sharingEverything(), "Demo Constabulary");
		ServiceRequest request = (ServiceRequest) bundle.getEntryFirstRep().getResource();

		assertThat(bundle.getType()).isEqualTo(BundleType.COLLECTION);
		assertThat(request.getIdentifierFirstRep().getSystem()).isEqualTo("https://sightline.example/referral");
		assertThat(request.getIdentifierFirstRep().getValue()).isEqualTo(ExampleReferrals.REFERENCE);
		assertThat(request.getIntent()).isEqualTo(ServiceRequestIntent.ORDER);
		assertThat(request.getCode().getText()).isEqualTo("Safeguarding referral");
		assertThat(request.getCode().getCodingFirstRep().getSystem()).startsWith("https://sightline.example/");
		assertThat(request.getCategoryFirstRep().getText()).isEqualTo("Safeguarding referral");
		assertThat(request.getAuthoredOn()).isEqualTo(Date.from(ExampleReferrals.SENT_AT));
		assertThat(request.getRequester().getDisplay()).isEqualTo("Demo Constabulary");
		assertThat(request.getPerformerFirstRep().getDisplay()).isEqualTo("IDVA service");
		assertThat(request.getReasonCodeFirstRep().getText()).startsWith("High-risk domestic abuse");
		assertThat(request.getNoteFirstRep().getText()).startsWith("DASH high risk (15 of 27)");
	}

	@Test
	void theServiceRequestPointsAtEveryPatientInTheBundle() {
		Bundle bundle = fhir.bundle(ExampleReferrals.sharingEverything(), "Demo Constabulary");
		ServiceRequest request = (ServiceRequest) bundle.getEntryFirstRep().getResource();
		List<String> patientUrls = bundle.getEntry().stream()
			.filter(entry -> entry.getResource() instanceof Patient)
			.map(BundleEntryComponent::getFullUrl)
			.toList();

		assertThat(patientUrls).hasSize(2).allSatisfy(url -> assertThat(url).startsWith("urn:uuid:"));
		assertThat(request.getSupportingInfo()).extracting(Reference::getReference).containsExactlyElementsOf(patientUrls);
		assertThat(request.getSubject().getReference()).isEqualTo(patientUrls.get(0));
	}

	@ParameterizedTest
	@CsvSource({ "DRAFT, DRAFT", "SENT, ACTIVE", "ACKNOWLEDGED, ACTIVE", "ACCEPTED, ACTIVE",
			"OUTCOME_RECORDED, COMPLETED", "CLOSED, COMPLETED", "DECLINED, REVOKED", "REVOKED, REVOKED" })
	void theRequestStatusFollowsTheReferralsLifecycle(ReferralStatus referral, ServiceRequestStatus expected) {
		assertThat(ReferralFhir.status(referral)).isEqualTo(expected);
		ServiceRequest request = (ServiceRequest) fhir.bundle(ExampleReferrals.referral(referral, List.of()), "Demo Constabulary")
			.getEntryFirstRep()
			.getResource();
		assertThat(request.getStatus()).isEqualTo(expected);
	}

	@Test
	void aDraftHasNoAuthoredDate() {
		ServiceRequest request = (ServiceRequest) fhir
			.bundle(ExampleReferrals.referral(ReferralStatus.DRAFT, List.of()), "Demo Constabulary")
			.getEntryFirstRep()
			.getResource();

		assertThat(request.hasAuthoredOn()).isFalse();
	}

	private static Bundle parseStrictly(String json) {
		var parser = ReferralFhir.context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
		return parser.parseResource(Bundle.class, json);
	}

	private static List<String> errors(IBaseResource resource) {
		ValidationResult result = VALIDATOR.validateWithResult(resource);
		return result.getMessages()
			.stream()
			.filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
					|| message.getSeverity() == ResultSeverityEnum.FATAL)
			.map(SingleValidationMessage::toString)
			.toList();
	}

	private static List<Patient> patients(Bundle bundle) {
		return bundle.getEntry()
			.stream()
			.map(BundleEntryComponent::getResource)
			.filter(Patient.class::isInstance)
			.map(Patient.class::cast)
			.toList();
	}
}
