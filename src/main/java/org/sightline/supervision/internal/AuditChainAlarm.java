package org.sightline.supervision.internal;

import org.sightline.audit.AuditChainBroken;
import org.sightline.supervision.SubjectRef;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A broken audit chain goes to the supervisors' queue at once, with where it broke. */
@Component
public class AuditChainAlarm {

	static final String REASON = "AUDIT_CHAIN_BROKEN";

	private final SupervisionManagement supervision;

	AuditChainAlarm(SupervisionManagement supervision) {
		this.supervision = supervision;
	}

	@EventListener
	void on(AuditChainBroken broken) {
		supervision.raise(new SubjectRef("AUDIT_CHAIN", "audit-log", "/audit/verify"), REASON,
				"The audit log's hash chain is broken (" + broken.problems() + " problem(s)); first: " + broken.firstProblem()
						+ ". Tell the data protection officer; do not change the log.",
				"system");
	}
}
