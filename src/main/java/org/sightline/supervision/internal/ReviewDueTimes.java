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
