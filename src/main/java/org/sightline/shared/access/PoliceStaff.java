package org.sightline.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for {@link org.sightline.shared.RoleGroup#POLICE_STAFF}.
 * Police officers and staff: every role but a partner practitioner.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('CALL_HANDLER','RESPONDER','SUPERVISOR','SAFEGUARDING_HUB','ANALYST','CHIEF_OFFICER','ADMIN','TRAINER','WELLBEING_LEAD')")
public @interface PoliceStaff {
}
