package org.sightline.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for {@link org.sightline.shared.RoleGroup#LOCAL_REVIEW_READERS}.
 * Who read local reviews and their recommendations.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('SUPERVISOR','TRAINER','ADMIN')")
public @interface LocalReviewReaders {
}
