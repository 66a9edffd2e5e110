package org.sightline.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for {@link org.sightline.shared.RoleGroup#PRACTICE_REVIEW_READERS}.
 * Who open debriefs and body-worn-video reviews.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('CALL_HANDLER','RESPONDER','SUPERVISOR','SAFEGUARDING_HUB','TRAINER')")
public @interface PracticeReviewReaders {
}
