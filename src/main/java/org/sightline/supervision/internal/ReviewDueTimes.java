package org.sightline.supervision.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.sightline.supervision.ReviewItem;
import org.sightline.supervision.ReviewRisk;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How soon a supervisor should decide an item: by the risk of its case
 * ({@code sightline.supervision.due-by-risk.HIGH=1h}) and, tighter or looser, by its kind
 * ({@code sightline.supervision.due-by-kind.AUDIT_CHAIN_BROKEN=1h}). When both apply the sooner wins.
 * Set values replace the defaults one by one.
 *
 * @param dueByRisk how soon an item is due by the risk of its case (HIGH 1h, MEDIUM 4h, LOW 24h,
 *        NO_APPARENT_RISK 72h, NOT_ASSESSED 24h unless set)
 * @param dueByKind how soon an item of this kind is due, when sooner than by its risk (AUDIT_CHAIN_BROKEN,
 *        TIMER_BREACHED and UNDER_TRIAGE 1h, MARAC_REFERRAL_DUE and ROUTING_OVERRIDE 4h,
 *        MARAC_POTENTIAL_ESCALATION 24h, POSSIBLE_SAME_PERSON 72h unless set)
 */
@ConfigurationProperties("sightline.supervision")
public record ReviewDueTimes(Map<ReviewRisk, Duration> dueByRisk, Map<String, Duration> dueByKind) {

	static final Map<ReviewRisk, Duration> RISK_DEFAULTS = Map.of(ReviewRisk.HIGH, Duration.ofHours(1),
			ReviewRisk.MEDIUM, Duration.ofHours(4), ReviewRisk.LOW, Duration.ofHours(24), ReviewRisk.NO_APPARENT_RISK,
			Duration.ofHours(72), ReviewRisk.NOT_ASSESSED, Duration.ofHours(24));

	static final Map<String, Duration> KIND_DEFAULTS = Map.of("AUDIT_CHAIN_BROKEN", Duration.ofHours(1),
			"TIMER_BREACHED", Duration.ofHours(1), "UNDER_TRIAGE", Duration.ofHours(1), "MARAC_REFERRAL_DUE",
			Duration.ofHours(4), "ROUTING_OVERRIDE", Duration.ofHours(4), "MARAC_POTENTIAL_ESCALATION",
			Duration.ofHours(24), "POSSIBLE_SAME_PERSON", Duration.ofHours(72));

	public ReviewDueTimes {
		var risks = new EnumMap<ReviewRisk, Duration>(RISK_DEFAULTS);
		if (dueByRisk != null) {
			risks.putAll(dueByRisk);
		}
		var kinds = new HashMap<>(KIND_DEFAULTS);
		if (dueByKind != null) {
			kinds.putAll(dueByKind);
		}
		dueByRisk = Map.copyOf(risks);
		dueByKind = Map.copyOf(kinds);
	}

	static ReviewDueTimes defaults() {
		return new ReviewDueTimes(null, null);
	}

	public Instant dueAt(Instant raisedAt, String reasonCode, ReviewRisk risk) {
		Duration byRisk = dueByRisk.get(risk);
		Duration byKind = dueByKind.get(ReviewItem.kindOf(reasonCode));
		Duration due = byKind == null || byKind.compareTo(byRisk) > 0 ? byRisk : byKind;
		return raisedAt.plus(due);
	}
}
