package org.sightline.partnership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One stored version of a partnership agreement, with who took it through each step of its
 * lifecycle and, while it is a draft or in review, what stops it being published.
 *
 * @param replacedBy for a superseded version, the version that replaced it
 */
public record AgreementVersionView(PartnershipAgreement agreement, Step drafted, Step edited, Optional<Step> submitted,
		Optional<Step> published, Optional<Step> superseded, Optional<AgreementRef> replacedBy,
		List<PublishingProblem> problems) {

	/** Who did a step, and when. */
	public record Step(String by, Instant at) {
	}

	public AgreementVersionView {
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	public AgreementRef ref() {
		return agreement.ref();
	}

	public AgreementStatus status() {
		return agreement.status();
	}

	public boolean editable() {
		return status() == AgreementStatus.DRAFT || status() == AgreementStatus.IN_REVIEW;
	}
}
