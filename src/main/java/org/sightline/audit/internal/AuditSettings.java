package org.sightline.audit.internal;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit module's settings under {@code sightline.audit}, with their defaults written here once.
 *
 * @param verifyAt the time of day (in {@code sightline.time-zone}) at which the audit chain is anchored
 *        and verified, once across the cluster
 */
@ConfigurationProperties("sightline.audit")
public record AuditSettings(@DefaultValue("03:15") LocalTime verifyAt) {

	public AuditSettings {
		if (verifyAt == null) {
			throw new IllegalArgumentException("sightline.audit.verify-at is empty: set a time of day such as 03:15");
		}
	}
}
