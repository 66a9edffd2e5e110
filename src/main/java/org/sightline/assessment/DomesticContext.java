package org.sightline.assessment;

import java.util.EnumSet;
import java.util.Set;

import org.sightline.shared.Fact;
import org.sightline.shared.Situation;

/**
 * Whether a case is about domestic abuse: the situation says so, or a fact that only arises
 * between partners, ex-partners or family does (coercive control, honour-based abuse, a recorded
 * domestic abuse victim or witness, a recent separation). Stalking, strangulation and threats to
 * kill happen outside families too, so they alone do not make a case domestic. One definition for
 * the MARAC, IDVA and child rules, so they never disagree.
 */
public final class DomesticContext {

	/** Facts that only arise in a domestic relationship. */
	public static final Set<Fact> DOMESTIC_FACTS = EnumSet.of(Fact.COERCIVE_CONTROL, Fact.HONOUR_BASED_ABUSE,
			Fact.DOMESTIC_ABUSE_VICTIM_OR_WITNESS, Fact.RECENT_SEPARATION);

	private DomesticContext() {
	}

	public static boolean applies(Situation situation, Set<Fact> facts) {
		return situation == Situation.DOMESTIC_ABUSE || DOMESTIC_FACTS.stream().anyMatch(facts::contains);
	}
}
