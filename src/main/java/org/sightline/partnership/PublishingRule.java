package org.sightline.partnership;

/** The rules a partnership agreement must meet before it can be published (put in force). */
public enum PublishingRule {
	/** Every situation has a default clause (one without {@code whenAnyFact}), so no call falls through. */
	EVERY_SITUATION_HAS_A_DEFAULT,
	/**
	 * Every clause names a primary agency. {@code primary: NONE} (advice and signposting only) is allowed
	 * only for OTHER and CONCERN_FOR_WELFARE.
	 */
	EVERY_CLAUSE_NAMES_A_PRIMARY,
	/** A situation has at most one default clause. */
	ONE_DEFAULT_PER_SITUATION,
	/** A fact starts at most one conditional clause of a situation, so the order of clauses never decides. */
	NO_FACT_SHARED_BY_TWO_CLAUSES,
	/** Each clause has its own id. */
	CLAUSE_IDS_ARE_UNIQUE,
	/** Every fact a clause or timer names is a known fact code. */
	FACTS_ARE_KNOWN
}
