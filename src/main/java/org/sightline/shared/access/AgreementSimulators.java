package org.sightline.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for {@link org.sightline.shared.RoleGroup#AGREEMENT_SIMULATORS}.
 * Who simulate partnership agreements, and read the drafts and assessments a simulation runs on.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('SUPERVISOR','ANALYST','ADMIN')")
public @interface AgreementSimulators {
}
