package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * People never see an internal code: every value of every code list that pages, exports, e-mails
 * and the partner portal show has a label in the message bundles the application reads.
 */
class EveryCodeHasALabelTests {

	/** Each code list shown to people, and the prefix of its labels. */
	static final Map<String, String> SHOWN = new LinkedHashMap<>();
	static {
		SHOWN.put("org.sightline.assessment.ResponseAction", "action");
		SHOWN.put("org.sightline.assessment.ResponseGrade", "grade");
		SHOWN.put("org.sightline.assessment.RiskLevel", "risk");
		SHOWN.put("org.sightline.assessment.AssessmentTrigger", "trigger");
		SHOWN.put("org.sightline.assessment.NdmStage", "stage");
		SHOWN.put("org.sightline.assessment.SignificantHarm", "harm");
		SHOWN.put("org.sightline.assessment.Answer", "answer");
		SHOWN.put("org.sightline.shared.Situation", "situation");
		SHOWN.put("org.sightline.shared.Agency", "agency");
		SHOWN.put("org.sightline.shared.Role", "role");
		SHOWN.put("org.sightline.encounter.PersonRole", "personRole");
		SHOWN.put("org.sightline.encounter.Source", "source");
		SHOWN.put("org.sightline.encounter.Sex", "sex");
		SHOWN.put("org.sightline.referral.ReferralStatus", "status");
		SHOWN.put("org.sightline.referral.SharedItem", "item");
		SHOWN.put("org.sightline.referral.LawfulBasis", "basis");
		SHOWN.put("org.sightline.referral.ConsentStatus", "consent");
		SHOWN.put("org.sightline.notification.Channel", "channel");
		SHOWN.put("org.sightline.routing.RoutingOutcome", "outcome");
		SHOWN.put("org.sightline.partnership.AgreementStatus", "agreementStatus");
		SHOWN.put("org.sightline.partnership.ContactRouteKind", "contactRouteKind");
		SHOWN.put("org.sightline.partnership.PoliceAttendance", "policeAttendance");
		SHOWN.put("org.sightline.hub.TriageOutcome", "triageOutcome");
		SHOWN.put("org.sightline.learning.LearningStatus", "learningStatus");
		SHOWN.put("org.sightline.wellbeing.PromptAnswer", "wellbeing.answer");
		SHOWN.put("org.sightline.wellbeing.ConversationOutcome", "wellbeing.outcome");
		SHOWN.put("org.sightline.learning.PracticeReviewKind", "practiceReviewKind");
		SHOWN.put("org.sightline.learning.Guideline", "guideline");
		SHOWN.put("org.sightline.learning.PracticeTheme", "practiceTheme");
		SHOWN.put("org.sightline.learning.LocalReviewKind", "localReviewKind");
		SHOWN.put("org.sightline.learning.RecommendationStatus", "recommendationStatus");
	}

	static ResourceBundleMessageSource applicationMessages() throws Exception {
		var properties = new java.util.Properties();
		try (var in = EveryCodeHasALabelTests.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames(properties.getProperty("spring.messages.basename").split(","));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void every_code_shown_to_people_has_a_label_in_the_message_bundles() throws Exception {
		ResourceBundleMessageSource messages = applicationMessages();
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, String> list : SHOWN.entrySet()) {
			for (Object code : Class.forName(list.getKey()).getEnumConstants()) {
				String key = list.getValue() + "." + ((Enum<?>) code).name();
				try {
					String label = messages.getMessage(key, null, Locale.UK);
					if (label.isBlank() || label.contains("_")) {
						missing.add(key + " (blank or a code)");
					}
				}
				catch (NoSuchMessageException e) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).as("codes without a label").isEmpty();
	}
}
