package org.sightline.learning.internal;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.chronology.RecordsDisposed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a records review disposes of encounters, their debriefs and body-worn video reviews go with them:
 * a debrief is about how staff handled one encounter, it carries the encounter's reference, and its words
 * may still say something of the people in it (the form asks people not to name them; nothing checks),
 * so it must not outlive the record it reviews. The learning digests already sent and the dissemination
 * log keep no debrief. After the disposal commits, redelivered from the event publication registry if
 * this fails; deleting what is already gone changes nothing.
 */
@Component
class DisposedEncounters {

	private final PracticeReviewStore store;
	private final AuditTrail audit;

	DisposedEncounters(PracticeReviewStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(RecordsDisposed event) {
		int deleted = store.deleteOfEncounters(event.encountersDeleted());
		if (deleted > 0) {
			audit.record("system", AuditAction.ERASURE, "PRACTICE_REVIEW", "records-review",
					"Records review: debriefs of disposed encounters deleted", "debriefs=" + deleted);
		}
	}
}
