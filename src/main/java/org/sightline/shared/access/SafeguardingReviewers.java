package org.sightline.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for {@link org.sightline.shared.RoleGroup#SAFEGUARDING_REVIEWERS}.
 * Who look across cases: hub triage, the MARAC list, possible matches, merging and restricting people.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('SUPERVISOR','SAFEGUARDING_HUB')")
public @interface SafeguardingReviewers {
}
