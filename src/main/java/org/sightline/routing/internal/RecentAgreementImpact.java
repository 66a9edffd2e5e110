package org.sightline.routing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.sightline.partnership.AgreementImpact;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.shared.Actor;
import org.springframework.stereotype.Component;

/** Answers partnership's question with the agreement simulation over the last 90 days (configurable). */
@Component
public class RecentAgreementImpact implements AgreementImpact {

	private final AgreementSimulation simulation;
	private final Clock clock;
	private final Duration period;

	RecentAgreementImpact(AgreementSimulation simulation, Clock clock,
			RoutingSettings settings) {
		this.simulation = simulation;
		this.clock = clock;
		this.period = settings.simulation().publishingPeriod();
	}

	@Override
	public Optional<Summary> recentImpact(Actor actor, PartnershipAgreement draft) {
		Instant to = Instant.now(clock);
		Instant from = to.minus(period);
		AgreementSimulation.Result result = simulation.simulate(actor, draft, from, to);
		if (result.rows().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Summary(from, to, result.shown()
			.stream()
			.map(r -> new Line(r.situation() == null ? null : r.situation().name(), r.encounters(), r.routedDifferently(),
					r.movedToPartners(), r.movedToPolice(), r.netOfficerHoursSaved()))
			.toList()));
	}
}
