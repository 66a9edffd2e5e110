package org.sightline.encounter.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the encounter module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EncounterSettings.class)
public class EncounterConfig {
}
