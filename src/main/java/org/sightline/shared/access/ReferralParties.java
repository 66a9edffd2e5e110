package org.sightline.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for {@link org.sightline.shared.RoleGroup#REFERRAL_PARTIES}.
 * Both sides of a referral: the police staff who make it and the partner practitioner who receives it
 * (the facade then checks that the referral is to the partner's agency).
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('CALL_HANDLER','RESPONDER','SUPERVISOR','SAFEGUARDING_HUB','PARTNER_PRACTITIONER')")
public @interface ReferralParties {
}
