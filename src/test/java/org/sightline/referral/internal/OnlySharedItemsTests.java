package org.sightline.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.SharedContent;
import org.sightline.referral.SharedContent.SharedPerson;
import org.sightline.referral.SharedItem;
import org.sightline.shared.Situation;

class OnlySharedItemsTests {

	@Test
	void withNoItemChosenAPartnerSeesOnlyTheSituationAndEachPersonsRole() {
		SharedContent seen = OnlySharedItems.of(ExampleReferrals.sharing());

		assertThat(seen.situation()).isEqualTo(Situation.DOMESTIC_ABUSE);
		assertThat(seen.location()).isNull();
		assertThat(seen.narrative()).isNull();
		assertThat(seen.responseGrade()).isNull();
		assertThat(seen.toolResults()).isEmpty();
		assertThat(seen.people()).extracting(SharedPerson::role).containsExactly("VICTIM", "CHILD_PRESENT");
		assertThat(seen.people()).allSatisfy(person -> assertThat(person)
			.isEqualTo(new SharedPerson(person.role(), null, null, List.of(), List.of(), List.of(), List.of(), null, null)));
	}

	@Test
	void communicationSharesBothNeedsAndAdjustments() {
		SharedPerson victim = OnlySharedItems.of(ExampleReferrals.sharing(SharedItem.COMMUNICATION)).people().get(0);

		assertThat(victim.communicationNeeds()).containsExactly(ExampleReferrals.COMMUNICATION_NEED);
		assertThat(victim.adjustments()).containsExactly(ExampleReferrals.ADJUSTMENT);
		assertThat(victim.vulnerabilities()).isEmpty();
	}

	@Test
	void riskSharesRiskLevelsAndTheResponseGradeButNotToolResults() {
		SharedContent seen = OnlySharedItems.of(ExampleReferrals.sharing(SharedItem.RISK));

		assertThat(seen.responseGrade()).isEqualTo("Grade 1");
		assertThat(seen.people().get(0).riskLevel()).isEqualTo("High");
		assertThat(seen.toolResults()).isEmpty();
	}

	@Test
	void aReferralWithoutRecordedContentExportsNoContent() {
		SharedContent seen = OnlySharedItems.of(ExampleReferrals.referral(ReferralStatus.DRAFT, List.of(SharedItem.NAMES), null));

		assertThat(seen.people()).isEmpty();
		assertThat(seen.situation()).isNull();
	}
}
