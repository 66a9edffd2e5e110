package org.sightline.demand.internal;

import org.sightline.assessment.AssessmentRecorded;
import org.sightline.chronology.RecordsDisposed;
import org.sightline.demand.DemandRebuild;
import org.sightline.encounter.EncounterRecorded;
import org.sightline.person.PersonsMerged;
import org.sightline.referral.ReferralProgressed;
import org.sightline.referral.ReferralSent;
import org.sightline.routing.RoutingDecided;
import org.sightline.routing.RoutingFollowUpRecorded;
import org.sightline.shared.OperationalRecordsLoaded;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the demand read model in step with the other modules. Each listener runs after the change
 * that published the event has committed, in a transaction of its own; the event publication
 * registry holds the event until the listener has finished, and hands it over again after a crash
 * or restart, so no change is lost. Every listener re-projects the whole encounter, so a repeated or
 * out-of-order event does no harm.
 */
@Component
public class DemandListeners {

	private final DemandProjector projector;
	private final DemandRebuild rebuild;

	DemandListeners(DemandProjector projector, DemandRebuild rebuild) {
		this.projector = projector;
		this.rebuild = rebuild;
	}

	@ApplicationModuleListener
	void on(EncounterRecorded event) {
		projector.project(event.encounterId().value());
	}

	@ApplicationModuleListener
	void on(AssessmentRecorded event) {
		projector.project(event.encounterId());
	}

	@ApplicationModuleListener
	void on(RoutingDecided event) {
		projector.project(event.encounterId());
	}

	@ApplicationModuleListener
	void on(RoutingFollowUpRecorded event) {
		projector.project(event.encounterId());
	}

	@ApplicationModuleListener
	void on(ReferralSent event) {
		projector.project(event.encounterId());
	}

	@ApplicationModuleListener
	void on(ReferralProgressed event) {
		projector.project(event.encounterId());
	}

	@ApplicationModuleListener
	void on(PersonsMerged event) {
		projector.projectEncountersOf(java.util.List.of(event.merged().value(), event.survivor().value()));
	}

	@ApplicationModuleListener
	void on(org.sightline.person.PersonsUnmerged event) {
		projector.projectEncountersOf(java.util.List.of(event.merged().value(), event.survivor().value()));
	}

	@ApplicationModuleListener
	void on(RecordsDisposed event) {
		event.encountersDeleted().forEach(projector::remove);
		projector.projectEncountersOf(event.people());
	}

	/** Records written in bulk published no events: rebuild from the operational records, now. */
	@EventListener
	void on(OperationalRecordsLoaded event) {
		rebuild.run(DemandRebuild.Progress.NONE);
	}
}
