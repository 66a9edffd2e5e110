package org.sightline.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for {@link org.sightline.shared.RoleGroup#LOCAL_REVIEW_KEEPERS}.
 * Who log local reviews and their recommendations and move them on.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
public @interface LocalReviewKeepers {
}
