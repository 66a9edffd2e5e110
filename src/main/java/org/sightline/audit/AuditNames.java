package org.sightline.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Names for what the audit log holds as ids, so that people read names, not identifiers: a module
 * describes its own records (the person index its people, intake its encounters), identity its
 * users. The audit module depends on none of them; they implement this.
 */
public interface AuditNames {

	/** The subject types this module names (e.g. PERSON). */
	Collection<String> subjectTypes();

	/** Plain names for these ids of one subject type; ids it does not know are left out. */
	Map<String, String> names(String subjectType, Collection<String> ids);
}
