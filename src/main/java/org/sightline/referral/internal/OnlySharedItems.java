package org.sightline.referral.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.sightline.referral.ReferralView;
import org.sightline.referral.SharedContent;
import org.sightline.referral.SharedContent.SharedPerson;
import org.sightline.referral.SharedItem;

/**
 * A partner sees only the items that were shared with their agency. {@link SharedContent} should
 * already hold nothing else, but exports leave the building, so they check again against the
 * referral's {@code dataItems}: a field whose item was not chosen is dropped even if it is filled in.
 * The situation, the time of the encounter and each person's role are not data items; they frame
 * every referral and are always part of it.
 */
public final class OnlySharedItems {

	private OnlySharedItems() {
	}

	/** The referral's content limited to its chosen items; empty content if nothing was recorded. */
	static SharedContent of(ReferralView referral) {
		return limit(referral.shared(), referral.dataItems());
	}

	static SharedContent limit(SharedContent content, Collection<SharedItem> chosen) {
		if (content == null) {
			return new SharedContent(null, null, null, null, List.of(), null, List.of());
		}
		Set<SharedItem> items = chosen.isEmpty() ? EnumSet.noneOf(SharedItem.class) : EnumSet.copyOf(chosen);
		return new SharedContent(content.situation(), content.occurredAt(),
				items.contains(SharedItem.LOCATION) ? content.location() : null,
				items.contains(SharedItem.NARRATIVE) ? content.narrative() : null,
				content.people().stream().map(person -> limit(person, items)).toList(),
				items.contains(SharedItem.RISK) ? content.responseGrade() : null,
				items.contains(SharedItem.TOOL_RESULTS) ? content.toolResults() : List.of());
	}

	private static SharedPerson limit(SharedPerson person, Set<SharedItem> items) {
		boolean communication = items.contains(SharedItem.COMMUNICATION);
		return new SharedPerson(person.role(),
				items.contains(SharedItem.NAMES) ? person.name() : null,
				items.contains(SharedItem.AGES) ? person.ageYears() : null,
				items.contains(SharedItem.VULNERABILITIES) ? person.vulnerabilities() : List.of(),
				items.contains(SharedItem.BARRIERS) ? person.barriers() : List.of(),
				communication ? person.communicationNeeds() : List.of(),
				communication ? person.adjustments() : List.of(),
				items.contains(SharedItem.VOICE) ? person.voice() : null,
				items.contains(SharedItem.RISK) ? person.riskLevel() : null);
	}
}
